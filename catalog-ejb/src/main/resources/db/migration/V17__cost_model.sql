-- The operator's cost model (issue 8), kept as revisions: the newest is in force, older ones say what was
-- used before. Until the operator saves one, the built-in default (CostModel.DEFAULT) applies.
CREATE TABLE cost_model_revision (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  saved_at    DATETIME(6)   NOT NULL,
  saved_by    VARCHAR(254)  NOT NULL,
  CONSTRAINT pk_cost_model_revision PRIMARY KEY (id)
);

-- One figure of a revision: kind HOURLY_RATE (item = actor role), MANUAL_MINUTES / PORTAL_MINUTES
-- (item = activity), DOCUMENT_FEE (item = medium), PLATFORM (item = ORDER).
CREATE TABLE cost_model_figure (
  revision_id  BIGINT          NOT NULL,
  kind         VARCHAR(16)     NOT NULL,
  item         VARCHAR(32)     NOT NULL,
  figure       DECIMAL(12, 4)  NOT NULL,
  CONSTRAINT pk_cost_model_figure PRIMARY KEY (revision_id, kind, item),
  CONSTRAINT fk_cost_model_figure_revision FOREIGN KEY (revision_id) REFERENCES cost_model_revision (id)
);
