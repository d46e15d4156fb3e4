-- Operator-set scorecard thresholds and the re-reviews they open (issue 8): a supplier whose scorecard
-- breaches a threshold goes back into the vetting queue until the operator keeps or suspends it.

-- Threshold revisions: the newest is in force; none saved yet → ScorecardThresholds.DEFAULT.
CREATE TABLE scorecard_threshold (
  id                          BIGINT         NOT NULL AUTO_INCREMENT,
  max_ack_hours               DECIMAL(10, 2) NOT NULL,
  min_on_time_rate            DECIMAL(5, 4)  NOT NULL,
  max_delivery_failure_rate   DECIMAL(5, 4)  NOT NULL,
  min_fill_rate               DECIMAL(5, 4)  NOT NULL,
  min_invoice_accuracy        DECIMAL(5, 4)  NOT NULL,
  minimum_shipments           INT            NOT NULL,
  saved_at                    DATETIME(6)    NOT NULL,
  saved_by                    VARCHAR(254)   NOT NULL,
  CONSTRAINT pk_scorecard_threshold PRIMARY KEY (id)
);

-- A supplier under re-review: why (the breached thresholds), and how the operator decided (status OPEN,
-- KEPT or SUSPENDED). At most one OPEN per supplier (checked under the supplier's row lock).
CREATE TABLE supplier_review (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  supplier_id  VARCHAR(36)    NOT NULL,
  reasons      VARCHAR(2000)  NOT NULL,
  status       VARCHAR(12)    NOT NULL,
  opened_at    DATETIME(6)    NOT NULL,
  decided_at   DATETIME(6),
  decided_by   VARCHAR(254),
  note         VARCHAR(1000),
  version      BIGINT         NOT NULL DEFAULT 0,
  CONSTRAINT pk_supplier_review PRIMARY KEY (id),
  CONSTRAINT fk_supplier_review_supplier FOREIGN KEY (supplier_id) REFERENCES organization (id)
);
CREATE INDEX ix_supplier_review_status ON supplier_review (status, supplier_id);
