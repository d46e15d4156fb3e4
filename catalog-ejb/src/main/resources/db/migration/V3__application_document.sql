-- Documents attached to a supplier application (certificates, policies, the signed agreement).
CREATE TABLE application_document (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  application_id BIGINT       NOT NULL,
  file_name      VARCHAR(200) NOT NULL,
  content_type   VARCHAR(40)  NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         CHAR(64)     NOT NULL,
  content        LONGBLOB     NOT NULL,
  uploaded_by    VARCHAR(254) NOT NULL,
  uploaded_at    DATETIME(6)  NOT NULL,
  CONSTRAINT pk_application_document PRIMARY KEY (id),
  CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES supplier_application (id)
);
