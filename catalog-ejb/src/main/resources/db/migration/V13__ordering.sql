-- Ordering (issue 6): a buyer's order, split into one purchase order per supplier; the order event ledger
-- every metric is computed from; idempotent submission; the outbox that carries purchase orders to each
-- supplier's channel; the upstream partners a supplier asks when it is short.

-- One order as the buyer placed it (status PENDING_APPROVAL, PLACED, REJECTED, CANCELLED). One currency.
CREATE TABLE customer_order (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  buyer_id           VARCHAR(36)    NOT NULL,
  requester          VARCHAR(254)   NOT NULL,
  status             VARCHAR(20)    NOT NULL,
  channel            VARCHAR(12)    NOT NULL,
  total_amount       DECIMAL(19, 2) NOT NULL,
  total_currency     CHAR(3)        NOT NULL,
  note               VARCHAR(1000),
  submitted_at       DATETIME(6)    NOT NULL,
  decided_by         VARCHAR(254),
  decided_at         DATETIME(6),
  decision_reason    VARCHAR(1000),
  version            BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_customer_order PRIMARY KEY (id),
  CONSTRAINT fk_customer_order_buyer FOREIGN KEY (buyer_id) REFERENCES organization (id)
);
CREATE INDEX ix_customer_order_buyer ON customer_order (buyer_id, submitted_at);
CREATE INDEX ix_customer_order_status ON customer_order (buyer_id, status);

-- The part of an order one supplier fulfils (status AWAITING_APPROVAL, QUEUED, SENT, CANCELLED; the
-- supplier's acknowledgement states come with fulfilment).
CREATE TABLE purchase_order (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  order_id           BIGINT         NOT NULL,
  supplier_id        VARCHAR(36)    NOT NULL,
  buyer_id           VARCHAR(36)    NOT NULL,
  status             VARCHAR(20)    NOT NULL,
  total_amount       DECIMAL(19, 2) NOT NULL,
  total_currency     CHAR(3)        NOT NULL,
  created_at         DATETIME(6)    NOT NULL,
  sent_at            DATETIME(6),
  version            BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_purchase_order PRIMARY KEY (id),
  CONSTRAINT fk_purchase_order_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_purchase_order_supplier FOREIGN KEY (supplier_id) REFERENCES organization (id)
);
CREATE INDEX ix_purchase_order_supplier ON purchase_order (supplier_id, created_at);

-- What was ordered at what price, and how a shortage was resolved: reserved_quantity came off the
-- supplier's stock at submission; the rest is backordered until expected_date. A SUBSTITUTE line orders
-- the substitute and names the product first asked for in replaced_product_id.
CREATE TABLE order_line (
  id                   BIGINT         NOT NULL AUTO_INCREMENT,
  order_id             BIGINT         NOT NULL,
  purchase_order_id    BIGINT         NOT NULL,
  line_number          INT            NOT NULL,
  product_id           BIGINT         NOT NULL,
  sku                  VARCHAR(64)    NOT NULL,
  name                 VARCHAR(200)   NOT NULL,
  category_code        VARCHAR(8)     NOT NULL,
  quantity             INT            NOT NULL,
  unit_price_amount    DECIMAL(19, 2) NOT NULL,
  unit_price_currency  CHAR(3)        NOT NULL,
  list_price_amount    DECIMAL(19, 2) NOT NULL,
  price_source         VARCHAR(16)    NOT NULL,
  availability         VARCHAR(12)    NOT NULL,
  reserved_quantity    INT            NOT NULL,
  expected_date        DATE,
  replaced_product_id  BIGINT,
  CONSTRAINT pk_order_line PRIMARY KEY (id),
  CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  CONSTRAINT fk_order_line_purchase_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id),
  CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX ix_order_line_order ON order_line (order_id, line_number);

-- Idempotent submission: the first request with a key wins (the unique key serialises concurrent retries);
-- a later one with the same body gets the same order, with another body 422.
CREATE TABLE order_submission_key (
  organization_id   VARCHAR(36)   NOT NULL,
  idempotency_key   VARCHAR(200)  NOT NULL,
  request_sha256    CHAR(64)      NOT NULL,
  order_id          BIGINT,
  created_at        DATETIME(6)   NOT NULL,
  CONSTRAINT pk_order_submission_key PRIMARY KEY (organization_id, idempotency_key)
);

-- The order event ledger (docs: README "Order event ledger"): one row per step of an order's life, never
-- updated. channel: PORTAL, REST, SOAP, EDI, MANUAL (source PHONE, FAX, EMAIL) or SYSTEM for the
-- marketplace's own automated steps; time_on_task_seconds where the portal measured it.
CREATE TABLE order_event (
  id                     BIGINT        NOT NULL AUTO_INCREMENT,
  order_id               BIGINT        NOT NULL,
  purchase_order_id      BIGINT,
  type                   VARCHAR(32)   NOT NULL,
  channel                VARCHAR(12)   NOT NULL,
  source                 VARCHAR(8),
  actor                  VARCHAR(254),
  actor_organization_id  VARCHAR(36),
  actor_role             VARCHAR(24)   NOT NULL,
  automated              BOOLEAN       NOT NULL,
  time_on_task_seconds   INT,
  rework                 BOOLEAN       NOT NULL,
  occurred_at            DATETIME(6)   NOT NULL,
  detail                 VARCHAR(1000),
  CONSTRAINT pk_order_event PRIMARY KEY (id),
  CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
);
CREATE INDEX ix_order_event_order ON order_event (order_id, occurred_at);
CREATE INDEX ix_order_event_time ON order_event (occurred_at);

-- Documents on their way to a partner's channel, written in the transaction that produced them and
-- delivered by workers that claim rows with SELECT ... FOR UPDATE SKIP LOCKED.
CREATE TABLE outbox_message (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  recipient_id     VARCHAR(36)   NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  document_type    VARCHAR(32)   NOT NULL,
  document_id      BIGINT        NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  delivered_at     DATETIME(6),
  last_error       VARCHAR(1000),
  CONSTRAINT pk_outbox_message PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);

-- A supplier's upstream tiers, asked through the InventoryInquiry SOAP contract when it is short.
CREATE TABLE upstream_partner (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  supplier_id   VARCHAR(36)   NOT NULL,
  tier          VARCHAR(16)   NOT NULL,
  name          VARCHAR(200)  NOT NULL,
  endpoint_url  VARCHAR(500)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT pk_upstream_partner PRIMARY KEY (id),
  CONSTRAINT uq_upstream_partner UNIQUE (supplier_id, tier, endpoint_url),
  CONSTRAINT fk_upstream_partner_supplier FOREIGN KEY (supplier_id) REFERENCES organization (id)
);

-- The price a cart line was added at, so that checkout can ask the buyer to re-confirm a changed price.
ALTER TABLE cart_line ADD COLUMN unit_price_amount DECIMAL(19, 2);
ALTER TABLE cart_line ADD COLUMN unit_price_currency CHAR(3);
