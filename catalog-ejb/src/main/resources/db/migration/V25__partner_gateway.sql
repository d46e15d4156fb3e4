-- The partner gateway (issue 9): each partner organization's profile (how it trades and its EDI identity),
-- and the message ledger — every inbound and outbound document, archived raw before it is processed.

CREATE TABLE partner_profile (
  organization_id  VARCHAR(36)    NOT NULL,
  edi_qualifier    VARCHAR(2)     NOT NULL,
  edi_id           VARCHAR(15)    NOT NULL,
  channels         VARCHAR(200)   NOT NULL,
  endpoint_url     VARCHAR(500),
  updated_at       DATETIME(6)    NOT NULL,
  updated_by       VARCHAR(254)   NOT NULL,
  version          BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_partner_profile PRIMARY KEY (organization_id),
  CONSTRAINT uq_partner_profile_edi UNIQUE (edi_qualifier, edi_id),
  CONSTRAINT fk_partner_profile_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- direction INBOUND / OUTBOUND; format X12, EDIFACT, SOAP, JSON; status RECEIVED (archived, not yet
-- processed), ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, DUPLICATE (acknowledged again, nothing created).
-- A resent interchange is found by sender + control number.
CREATE TABLE partner_message (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  direction         VARCHAR(8)     NOT NULL,
  organization_id   VARCHAR(36)    NOT NULL,
  format            VARCHAR(8)     NOT NULL,
  document_type     VARCHAR(16),
  sender_id         VARCHAR(35),
  control_number    VARCHAR(20),
  status            VARCHAR(20)    NOT NULL,
  content           LONGTEXT       NOT NULL,
  content_sha256    CHAR(64)       NOT NULL,
  received_at       DATETIME(6)    NOT NULL,
  processed_at      DATETIME(6),
  acknowledgement   LONGTEXT,
  detail            VARCHAR(2000),
  orders_created    VARCHAR(500),
  CONSTRAINT pk_partner_message PRIMARY KEY (id)
);
CREATE INDEX ix_partner_message_control ON partner_message (sender_id, control_number, status);
CREATE INDEX ix_partner_message_org ON partner_message (organization_id, received_at);
