-- Relations between listings (issue 5): an ALTERNATIVE to offer when a product is short, an ACCESSORY that
-- goes with it, a BUNDLE of the two at a bundle price. Set by the supplier of the first product.
CREATE TABLE product_relation (
  id                     BIGINT         NOT NULL AUTO_INCREMENT,
  product_id             BIGINT         NOT NULL,
  related_product_id     BIGINT         NOT NULL,
  kind                   VARCHAR(16)    NOT NULL,
  bundle_price_amount    DECIMAL(19, 2),
  bundle_price_currency  CHAR(3),
  created_at             DATETIME(6)    NOT NULL,
  CONSTRAINT pk_product_relation PRIMARY KEY (id),
  CONSTRAINT uq_product_relation UNIQUE (product_id, related_product_id, kind),
  CONSTRAINT fk_product_relation_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_product_relation_related FOREIGN KEY (related_product_id) REFERENCES product (id)
);
CREATE INDEX ix_product_relation_related ON product_relation (related_product_id);
