-- What the cost aggregates are computed from (issue 8), kept up to date as each ledger step is appended, so
-- a dashboard sums a few rows per group instead of re-pricing every order. Only counts and measured time are
-- stored, never money: the cost model in force prices them when asked, so a new model applies to history.

-- One row per order: how it is grouped.
CREATE TABLE order_cost_order (
  order_id          BIGINT        NOT NULL,
  buyer_id          VARCHAR(36)   NOT NULL,
  channel           VARCHAR(12)   NOT NULL,
  submitted_on      DATE          NOT NULL,
  purchase_orders   INT           NOT NULL,
  CONSTRAINT pk_order_cost_order PRIMARY KEY (order_id)
);
CREATE INDEX ix_order_cost_order_submitted ON order_cost_order (submitted_on);

-- Per order (and purchase order: 0 for the order's own steps) × activity × medium × role: how many steps
-- were priced at the model's minutes, how many were automated, how many had their time on task measured
-- and how much time that was.
CREATE TABLE order_cost_fact (
  order_id           BIGINT        NOT NULL,
  purchase_order_id  BIGINT        NOT NULL,
  activity           VARCHAR(24)   NOT NULL,
  medium             VARCHAR(8)    NOT NULL,
  actor_role         VARCHAR(24)   NOT NULL,
  modelled_steps     INT           NOT NULL,
  automated_steps    INT           NOT NULL,
  measured_steps     INT           NOT NULL,
  measured_seconds   BIGINT        NOT NULL,
  CONSTRAINT pk_order_cost_fact PRIMARY KEY (order_id, purchase_order_id, activity, medium, actor_role)
);
