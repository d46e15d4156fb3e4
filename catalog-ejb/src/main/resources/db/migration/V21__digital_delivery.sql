-- Digital delivery (issue 7): a supplier's pool of licence keys per DIGITAL product, and per accepted DIGITAL
-- order line what the buyer gets online — keys from the pool, download and training links — delivered when
-- the buyer first opens it.
CREATE TABLE licence_key (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  product_id     BIGINT        NOT NULL,
  supplier_id    VARCHAR(36)   NOT NULL,
  key_value      VARCHAR(200)  NOT NULL,
  delivery_id    BIGINT,
  added_at       DATETIME(6)   NOT NULL,
  issued_at      DATETIME(6),
  CONSTRAINT pk_licence_key PRIMARY KEY (id),
  CONSTRAINT uq_licence_key UNIQUE (product_id, key_value)
);
CREATE INDEX ix_licence_key_available ON licence_key (product_id, delivery_id);

CREATE TABLE digital_delivery (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  order_line_id      BIGINT        NOT NULL,
  order_id           BIGINT        NOT NULL,
  purchase_order_id  BIGINT        NOT NULL,
  buyer_id           VARCHAR(36)   NOT NULL,
  supplier_id        VARCHAR(36)   NOT NULL,
  product_id         BIGINT        NOT NULL,
  product_name       VARCHAR(200)  NOT NULL,
  licence_type       VARCHAR(24),
  download_url       VARCHAR(500),
  training_url       VARCHAR(500),
  units              INT           NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  delivered_at       DATETIME(6),
  delivered_to       VARCHAR(254),
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_digital_delivery PRIMARY KEY (id),
  CONSTRAINT uq_digital_delivery_line UNIQUE (order_line_id)
);
CREATE INDEX ix_digital_delivery_buyer ON digital_delivery (buyer_id, created_at);
