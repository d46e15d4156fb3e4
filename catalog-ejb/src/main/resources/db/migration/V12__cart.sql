-- Carts (issue 5 "add to cart"; the cart page and checkout come with ordering, issue 6): one cart per
-- person of a buyer organization, kept across sessions and devices.
CREATE TABLE cart_line (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id  VARCHAR(36)  NOT NULL,
  owner            VARCHAR(254) NOT NULL,
  product_id       BIGINT       NOT NULL,
  quantity         INT          NOT NULL,
  added_at         DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_cart_line PRIMARY KEY (id),
  CONSTRAINT uq_cart_line_owner_product UNIQUE (organization_id, owner, product_id),
  CONSTRAINT fk_cart_line_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_cart_line_product FOREIGN KEY (product_id) REFERENCES product (id)
);
