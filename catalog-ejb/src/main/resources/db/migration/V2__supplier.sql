-- The supplier network: applications and their vetting, membership tiers (data), memberships, and the
-- audit trail of every decision. Portable across MySQL 8, MariaDB 10.11 and H2 (MySQL mode).
CREATE TABLE membership_tier (
  code                VARCHAR(16)    NOT NULL,
  name                VARCHAR(60)    NOT NULL,
  annual_fee_amount   DECIMAL(19, 2) NOT NULL,
  annual_fee_currency CHAR(3)        NOT NULL,
  listing_limit       INT,
  rank_order          INT            NOT NULL,
  CONSTRAINT pk_membership_tier PRIMARY KEY (code)
);

INSERT INTO membership_tier (code, name, annual_fee_amount, annual_fee_currency, listing_limit, rank_order) VALUES
  ('STANDARD', 'Standard', 25000.00, 'USD', 100, 1),
  ('PREFERRED', 'Preferred', 50000.00, 'USD', 500, 2),
  ('STRATEGIC', 'Strategic', 100000.00, 'USD', NULL, 3);

CREATE TABLE supplier_application (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id VARCHAR(36)   NOT NULL,
  company_name    VARCHAR(200)  NOT NULL,
  tax_id          VARCHAR(40)   NOT NULL,
  street          VARCHAR(200)  NOT NULL,
  city            VARCHAR(100)  NOT NULL,
  postal_code     VARCHAR(20)   NOT NULL,
  country         CHAR(2)       NOT NULL,
  contact_name    VARCHAR(200)  NOT NULL,
  contact_email   VARCHAR(254)  NOT NULL,
  contact_phone   VARCHAR(40),
  reference_list  VARCHAR(2000),
  status          VARCHAR(16)   NOT NULL,
  submitted_at    DATETIME(6)   NOT NULL,
  decided_at      DATETIME(6),
  decided_by      VARCHAR(254),
  decision_reason VARCHAR(1000),
  version         BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_supplier_application PRIMARY KEY (id),
  CONSTRAINT fk_supplier_application_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_supplier_application_status ON supplier_application (status);

CREATE TABLE application_checklist_item (
  application_id BIGINT       NOT NULL,
  item           VARCHAR(32)  NOT NULL,
  passed         BOOLEAN      NOT NULL,
  note           VARCHAR(1000),
  recorded_by    VARCHAR(254) NOT NULL,
  recorded_at    DATETIME(6)  NOT NULL,
  CONSTRAINT pk_application_checklist_item PRIMARY KEY (application_id, item),
  CONSTRAINT fk_checklist_application FOREIGN KEY (application_id) REFERENCES supplier_application (id)
);

CREATE TABLE membership (
  id                  BIGINT         NOT NULL AUTO_INCREMENT,
  organization_id     VARCHAR(36)    NOT NULL,
  tier_code           VARCHAR(16)    NOT NULL,
  status              VARCHAR(16)    NOT NULL,
  period_start        DATE           NOT NULL,
  period_end          DATE           NOT NULL,
  annual_fee_amount   DECIMAL(19, 2) NOT NULL,
  annual_fee_currency CHAR(3)        NOT NULL,
  suspension_reason   VARCHAR(1000),
  reminded_at         DATETIME(6),
  version             BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_membership PRIMARY KEY (id),
  CONSTRAINT uq_membership_organization UNIQUE (organization_id),
  CONSTRAINT fk_membership_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_membership_tier FOREIGN KEY (tier_code) REFERENCES membership_tier (code)
);

CREATE TABLE supplier_decision (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  organization_id VARCHAR(36)   NOT NULL,
  application_id  BIGINT,
  action          VARCHAR(32)   NOT NULL,
  actor           VARCHAR(254)  NOT NULL,
  decided_at      DATETIME(6)   NOT NULL,
  detail          VARCHAR(1000),
  CONSTRAINT pk_supplier_decision PRIMARY KEY (id),
  CONSTRAINT fk_supplier_decision_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_supplier_decision_organization ON supplier_decision (organization_id);
