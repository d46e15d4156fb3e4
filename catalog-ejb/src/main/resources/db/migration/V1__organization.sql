-- Partner organizations and their people. Portable across MySQL 8, MariaDB 10.11 and H2 (MySQL mode).
CREATE TABLE organization (
  id            VARCHAR(36)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  email_domain  VARCHAR(253),
  registered_at DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_organization PRIMARY KEY (id),
  CONSTRAINT uq_organization_name UNIQUE (name),
  CONSTRAINT uq_organization_email_domain UNIQUE (email_domain),
  CONSTRAINT ck_organization_kind CHECK (kind IN ('BUYER', 'SUPPLIER', 'OPERATOR'))
);

CREATE TABLE organization_member (
  id                      BIGINT       NOT NULL AUTO_INCREMENT,
  organization_id         VARCHAR(36)  NOT NULL,
  email                   VARCHAR(254) NOT NULL,
  display_name            VARCHAR(200) NOT NULL,
  spending_limit_amount   DECIMAL(19, 2),
  spending_limit_currency CHAR(3),
  version                 BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_organization_member PRIMARY KEY (id),
  CONSTRAINT uq_organization_member_email UNIQUE (email),
  CONSTRAINT fk_organization_member_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE member_role (
  member_id BIGINT      NOT NULL,
  role_name VARCHAR(32) NOT NULL,
  CONSTRAINT pk_member_role PRIMARY KEY (member_id, role_name),
  CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES organization_member (id)
);
