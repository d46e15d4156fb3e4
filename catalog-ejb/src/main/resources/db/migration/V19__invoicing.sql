-- Invoicing (issue 7): the supplier's invoice for a purchase order ("PO flip": shipped quantities at the
-- order's prices, plus tax), and its three-way match against the order and the buyer's receipts.

ALTER TABLE order_line ADD COLUMN invoiced_quantity INT NOT NULL DEFAULT 0;

CREATE TABLE invoice (
  id                 BIGINT          NOT NULL AUTO_INCREMENT,
  invoice_number     VARCHAR(40)     NOT NULL,
  purchase_order_id  BIGINT          NOT NULL,
  order_id           BIGINT          NOT NULL,
  supplier_id        VARCHAR(36)     NOT NULL,
  buyer_id           VARCHAR(36)     NOT NULL,
  match_status       VARCHAR(20)     NOT NULL,
  currency           CHAR(3)         NOT NULL,
  subtotal           DECIMAL(19, 2)  NOT NULL,
  tax_rate           DECIMAL(7, 4)   NOT NULL,
  tax                DECIMAL(19, 2)  NOT NULL,
  total              DECIMAL(19, 2)  NOT NULL,
  issued_at          DATETIME(6)     NOT NULL,
  issued_by          VARCHAR(254)    NOT NULL,
  version            BIGINT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_invoice PRIMARY KEY (id),
  CONSTRAINT uq_invoice_number UNIQUE (supplier_id, invoice_number),
  CONSTRAINT fk_invoice_purchase_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id)
);
CREATE INDEX ix_invoice_buyer ON invoice (buyer_id, issued_at);
CREATE INDEX ix_invoice_purchase_order ON invoice (purchase_order_id);

CREATE TABLE invoice_line (
  invoice_id     BIGINT          NOT NULL,
  order_line_id  BIGINT          NOT NULL,
  quantity       INT             NOT NULL,
  unit_price     DECIMAL(19, 2)  NOT NULL,
  amount         DECIMAL(19, 2)  NOT NULL,
  CONSTRAINT pk_invoice_line PRIMARY KEY (invoice_id, order_line_id),
  CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
