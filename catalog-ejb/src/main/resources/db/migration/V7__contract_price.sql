-- Contract prices (issue 5): what one buyer organization pays one supplier for one listing, for a period,
-- optionally cheaper by volume. Price resolution: a contract valid on the day -> its best volume tier for
-- the quantity -> else the list price. A contract-only listing is visible only to buyers holding a contract.
CREATE TABLE contract_price (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  supplier_id            VARCHAR(36)    NOT NULL,
  buyer_organization_id  VARCHAR(36)    NOT NULL,
  product_id             BIGINT         NOT NULL,
  price_amount           DECIMAL(19, 2) NOT NULL,
  price_currency         CHAR(3)        NOT NULL,
  valid_from             DATE           NOT NULL,
  valid_to               DATE,
  created_at             DATETIME(6)    NOT NULL,
  version                BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_contract_price PRIMARY KEY (id),
  CONSTRAINT fk_contract_price_supplier FOREIGN KEY (supplier_id) REFERENCES organization (id),
  CONSTRAINT fk_contract_price_buyer FOREIGN KEY (buyer_organization_id) REFERENCES organization (id),
  CONSTRAINT fk_contract_price_product FOREIGN KEY (product_id) REFERENCES product (id)
);
-- valid_to is inclusive; NULL means open-ended.
CREATE INDEX ix_contract_price_buyer_product ON contract_price (buyer_organization_id, product_id, valid_from);
CREATE INDEX ix_contract_price_product ON contract_price (product_id);
CREATE INDEX ix_contract_price_supplier ON contract_price (supplier_id);

-- Cheaper prices from a quantity on, within one contract.
CREATE TABLE contract_volume_tier (
  contract_id     BIGINT         NOT NULL,
  min_quantity    INT            NOT NULL,
  price_amount    DECIMAL(19, 2) NOT NULL,
  price_currency  CHAR(3)        NOT NULL,
  CONSTRAINT pk_contract_volume_tier PRIMARY KEY (contract_id, min_quantity),
  CONSTRAINT fk_contract_volume_tier_contract FOREIGN KEY (contract_id) REFERENCES contract_price (id)
);
