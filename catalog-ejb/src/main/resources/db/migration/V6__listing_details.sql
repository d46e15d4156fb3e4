-- Listing details (issue 5): ordering terms, digital delivery, contract-only listings, withdrawal, and the
-- reference data listings must use. Plus the catalog change log every instance's search index tails.

-- UNSPSC commodity codes the network's catalog uses (v26 titles). Add codes by a new migration.
CREATE TABLE unspsc_category (
  code      CHAR(8)      NOT NULL,
  title     VARCHAR(200) NOT NULL,
  segment   VARCHAR(120) NOT NULL,
  CONSTRAINT pk_unspsc_category PRIMARY KEY (code)
);
INSERT INTO unspsc_category (code, title, segment) VALUES
  ('43231513', 'Office suite software', 'Software'),
  ('43231602', 'Enterprise resource planning ERP software', 'Software'),
  ('43232304', 'Database management system software', 'Software'),
  ('43232408', 'Web platform development software', 'Software'),
  ('43232610', 'Computer aided design CAD software', 'Software'),
  ('43233004', 'Operating system software', 'Software'),
  ('43233205', 'Transaction security and virus protection software', 'Software'),
  ('43233501', 'Electronic mail software', 'Software'),
  ('43211501', 'Computer servers', 'Hardware'),
  ('43211503', 'Notebook computers', 'Hardware'),
  ('43211507', 'Desktop computers', 'Hardware'),
  ('43211509', 'Tablet computers', 'Hardware'),
  ('43211706', 'Keyboards', 'Hardware'),
  ('43211708', 'Computer mouse or trackballs', 'Hardware'),
  ('43211902', 'Liquid crystal display LCD panels or monitors', 'Hardware'),
  ('43201803', 'Hard disk drives', 'Hardware'),
  ('43212105', 'Laser printers', 'Hardware'),
  ('43191501', 'Mobile phones', 'Hardware'),
  ('43222609', 'Network routers', 'Networking'),
  ('43222612', 'Network switches', 'Networking'),
  ('43222640', 'Wireless access points', 'Networking'),
  ('43222501', 'Firewall network security equipment', 'Networking'),
  ('26121609', 'Network cable', 'Networking'),
  ('43201409', 'Network interface cards', 'Networking'),
  ('81111504', 'Application programming services', 'Services'),
  ('81111811', 'Technical support or help desk services', 'Services'),
  ('81112201', 'Software maintenance and support', 'Services'),
  ('81111803', 'Local area network LAN maintenance or support', 'Services'),
  ('81112003', 'Data center services', 'Services'),
  ('86101601', 'Computer programming training', 'Training'),
  ('86101603', 'Computer software training', 'Training'),
  ('86101610', 'Network administration training', 'Training'),
  ('86132001', 'Information security awareness training', 'Training');

-- UN/ECE Recommendation 20 units of measure the catalog accepts.
CREATE TABLE unit_of_measure (
  code  VARCHAR(3)  NOT NULL,
  name  VARCHAR(80) NOT NULL,
  CONSTRAINT pk_unit_of_measure PRIMARY KEY (code)
);
INSERT INTO unit_of_measure (code, name) VALUES
  ('EA', 'each'),
  ('C62', 'one'),
  ('H87', 'piece'),
  ('SET', 'set'),
  ('PR', 'pair'),
  ('KT', 'kit'),
  ('MTR', 'metre'),
  ('KGM', 'kilogram'),
  ('HUR', 'hour'),
  ('DAY', 'day'),
  ('WEE', 'week'),
  ('MON', 'month'),
  ('ANN', 'year'),
  ('E48', 'service unit'),
  ('ACT', 'activity');

-- Rows from before this migration name codes that may not be in the reference data: fold them in first.
UPDATE product SET category_code = '43231513' WHERE category_code NOT IN (SELECT code FROM unspsc_category);
UPDATE product SET unit = 'EA' WHERE unit NOT IN (SELECT code FROM unit_of_measure);

ALTER TABLE product ADD COLUMN min_order_quantity INT NOT NULL DEFAULT 1;
ALTER TABLE product ADD COLUMN pack_size INT NOT NULL DEFAULT 1;
ALTER TABLE product ADD COLUMN lead_time_days INT NOT NULL DEFAULT 0;
ALTER TABLE product ADD COLUMN licence_type VARCHAR(24);
ALTER TABLE product ADD COLUMN download_url VARCHAR(500);
ALTER TABLE product ADD COLUMN training_url VARCHAR(500);
ALTER TABLE product ADD COLUMN contract_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE product ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE product ADD CONSTRAINT fk_product_category FOREIGN KEY (category_code) REFERENCES unspsc_category (code);
ALTER TABLE product ADD CONSTRAINT fk_product_unit FOREIGN KEY (unit) REFERENCES unit_of_measure (code);
CREATE INDEX ix_product_supplier_withdrawn ON product (supplier_id, withdrawn_at);

-- Every write that changes what a search could return appends the product's id here, in the writing
-- transaction. Each instance's search index tails this log (ARCHITECTURE.md "Scaling past one machine").
CREATE TABLE catalog_change (
  seq         BIGINT      NOT NULL AUTO_INCREMENT,
  product_id  BIGINT      NOT NULL,
  changed_at  DATETIME(6) NOT NULL,
  CONSTRAINT pk_catalog_change PRIMARY KEY (seq)
);
CREATE INDEX ix_catalog_change_product ON catalog_change (product_id);
