-- A supplier application can be saved as a DRAFT from the first step of the portal's form: until it is
-- submitted only the company name is required, and it has no submission time yet.
ALTER TABLE supplier_application MODIFY tax_id VARCHAR(40) NULL;
ALTER TABLE supplier_application MODIFY street VARCHAR(200) NULL;
ALTER TABLE supplier_application MODIFY city VARCHAR(100) NULL;
ALTER TABLE supplier_application MODIFY postal_code VARCHAR(20) NULL;
ALTER TABLE supplier_application MODIFY country CHAR(2) NULL;
ALTER TABLE supplier_application MODIFY contact_name VARCHAR(200) NULL;
ALTER TABLE supplier_application MODIFY contact_email VARCHAR(254) NULL;
ALTER TABLE supplier_application MODIFY submitted_at DATETIME(6) NULL;
