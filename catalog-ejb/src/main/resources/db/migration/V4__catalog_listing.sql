-- The shared catalog: one row per supplier listing. SKUs are unique per supplier.
CREATE TABLE product (
  id                  BIGINT         NOT NULL AUTO_INCREMENT,
  supplier_id         VARCHAR(36)    NOT NULL,
  sku                 VARCHAR(64)    NOT NULL,
  name                VARCHAR(200)   NOT NULL,
  description         VARCHAR(4000),
  category_code       CHAR(8)        NOT NULL,
  unit                VARCHAR(3)     NOT NULL,
  kind                VARCHAR(16)    NOT NULL,
  list_price_amount   DECIMAL(19, 2) NOT NULL,
  list_price_currency CHAR(3)        NOT NULL,
  stock_on_hand       INT            NOT NULL DEFAULT 0,
  version             BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_product PRIMARY KEY (id),
  CONSTRAINT uq_product_supplier_sku UNIQUE (supplier_id, sku),
  CONSTRAINT fk_product_supplier FOREIGN KEY (supplier_id) REFERENCES organization (id)
);
CREATE INDEX ix_product_category ON product (category_code);
