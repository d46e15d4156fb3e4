-- Switching and customer tiers (issue 8), kept as each order is placed (metrics.switching.PurchaseFacts):
-- one row per placed order line saying whom the buyer chose and whom it would have bought from by habit,
-- and each buyer's monthly spend per category and supplier, from which that habit (the incumbent) is read.

-- A placed order line: buyer, supplier, category, when, how much (and at list price), and the incumbent at
-- that moment — the supplier with the most spend in the category over the trailing 12 months (null: the
-- buyer's first purchase in the category). switched: bought from another supplier than the incumbent.
CREATE TABLE purchase_fact (
  order_line_id   BIGINT          NOT NULL,
  order_id        BIGINT          NOT NULL,
  buyer_id        VARCHAR(36)     NOT NULL,
  supplier_id     VARCHAR(36)     NOT NULL,
  category_code   VARCHAR(8)      NOT NULL,
  placed_on       DATE            NOT NULL,
  amount          DECIMAL(19, 2)  NOT NULL,
  list_amount     DECIMAL(19, 2)  NOT NULL,
  contract_price  BOOLEAN         NOT NULL,
  incumbent_id    VARCHAR(36),
  switched        BOOLEAN         NOT NULL,
  CONSTRAINT pk_purchase_fact PRIMARY KEY (order_line_id)
);
CREATE INDEX ix_purchase_fact_buyer ON purchase_fact (buyer_id, placed_on);
CREATE INDEX ix_purchase_fact_supplier ON purchase_fact (supplier_id, placed_on);

-- A buyer's spend per category, supplier and calendar month (spend_month = its first day).
CREATE TABLE category_spend (
  buyer_id        VARCHAR(36)     NOT NULL,
  category_code   VARCHAR(8)      NOT NULL,
  supplier_id     VARCHAR(36)     NOT NULL,
  spend_month     DATE            NOT NULL,
  spend           DECIMAL(19, 2)  NOT NULL,
  CONSTRAINT pk_category_spend PRIMARY KEY (buyer_id, category_code, supplier_id, spend_month)
);
