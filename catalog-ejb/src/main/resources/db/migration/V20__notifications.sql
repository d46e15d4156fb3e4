-- Notifications (issue 7): what an organization is told in the portal (and by e-mail when a mail resource is
-- configured) when its orders move: acknowledged, shipped, delivered, failed, received, invoiced.
CREATE TABLE notification (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  organization_id    VARCHAR(36)    NOT NULL,
  order_id           BIGINT         NOT NULL,
  purchase_order_id  BIGINT,
  step               VARCHAR(48)    NOT NULL,
  title              VARCHAR(200)   NOT NULL,
  body               VARCHAR(1000),
  created_at         DATETIME(6)    NOT NULL,
  read_at            DATETIME(6),
  read_by            VARCHAR(254),
  CONSTRAINT pk_notification PRIMARY KEY (id)
);
CREATE INDEX ix_notification_organization ON notification (organization_id, created_at);
