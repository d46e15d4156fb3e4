-- Listing imports (issue 5): every uploaded file is archived before it is read, with its outcome, so a
-- supplier (and the operator) can see what was sent, when, and why it was refused. error_report keeps the
-- first 1,000 line errors as tab-separated "line, column, message" lines.
CREATE TABLE listing_import (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  supplier_id    VARCHAR(36)   NOT NULL,
  file_name      VARCHAR(255)  NOT NULL,
  content        LONGBLOB      NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  received_by    VARCHAR(200)  NOT NULL,
  received_at    DATETIME(6)   NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  line_count     INT           NOT NULL DEFAULT 0,
  created_count  INT           NOT NULL DEFAULT 0,
  updated_count  INT           NOT NULL DEFAULT 0,
  error_count    INT           NOT NULL DEFAULT 0,
  outcome        VARCHAR(4000),
  error_report   LONGTEXT,
  finished_at    DATETIME(6),
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_listing_import PRIMARY KEY (id),
  CONSTRAINT fk_listing_import_supplier FOREIGN KEY (supplier_id) REFERENCES organization (id)
);
CREATE INDEX ix_listing_import_supplier ON listing_import (supplier_id, received_at);
