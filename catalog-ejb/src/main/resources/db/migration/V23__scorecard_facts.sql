-- Supplier scorecards kept incrementally (issue 8): as each step of a purchase order is appended to the
-- ledger, metrics.scorecard.ScorecardFacts recomputes that one purchase order's record and moves its
-- supplier's totals by the difference, so a scorecard reads one row (and an index range for the median).

-- One purchase order's part of its supplier's scorecard.
CREATE TABLE scorecard_purchase_order (
  purchase_order_id  BIGINT          NOT NULL,
  supplier_id        VARCHAR(36)     NOT NULL,
  acknowledged       INT             NOT NULL,
  ack_hours          DECIMAL(12, 4),
  ordered_units      INT             NOT NULL,
  shipped_units      INT             NOT NULL,
  delivered          INT             NOT NULL,
  delivered_on_time  INT             NOT NULL,
  failed             INT             NOT NULL,
  invoices           INT             NOT NULL,
  invoices_matched   INT             NOT NULL,
  CONSTRAINT pk_scorecard_purchase_order PRIMARY KEY (purchase_order_id)
);
CREATE INDEX ix_scorecard_purchase_order_ack ON scorecard_purchase_order (supplier_id, ack_hours);

-- The sums over a supplier's purchase orders.
CREATE TABLE scorecard_total (
  supplier_id        VARCHAR(36)     NOT NULL,
  acknowledged       BIGINT          NOT NULL,
  ordered_units      BIGINT          NOT NULL,
  shipped_units      BIGINT          NOT NULL,
  delivered          BIGINT          NOT NULL,
  delivered_on_time  BIGINT          NOT NULL,
  failed             BIGINT          NOT NULL,
  invoices           BIGINT          NOT NULL,
  invoices_matched   BIGINT          NOT NULL,
  CONSTRAINT pk_scorecard_total PRIMARY KEY (supplier_id)
);
