-- Fulfilment (issue 7): the supplier's acknowledgement of a purchase order (accept, reject, or accept part with
-- a promised date per line), shipments with carrier and tracking number, and their tracking events.

ALTER TABLE purchase_order ADD COLUMN acknowledged_at DATETIME(6);
ALTER TABLE purchase_order ADD COLUMN acknowledged_by VARCHAR(254);
ALTER TABLE purchase_order ADD COLUMN rejection_reason VARCHAR(1000);

-- At acknowledgement: accepted_quantity ships now (all of the line on ACCEPT, part on PARTIAL, none on REJECT);
-- promised_date is when the rest follows (PARTIAL) or when the line ships (ACCEPT with a date).
ALTER TABLE order_line ADD COLUMN accepted_quantity INT;
ALTER TABLE order_line ADD COLUMN promised_date DATE;
-- Kept by the shipment capability: what is on its way or delivered (a FAILED shipment's quantities count
-- again as still to ship), and what the buyer confirmed receiving — the receipt that invoices are matched to.
ALTER TABLE order_line ADD COLUMN shipped_quantity INT NOT NULL DEFAULT 0;
ALTER TABLE order_line ADD COLUMN received_quantity INT NOT NULL DEFAULT 0;

-- One parcel or consignment: a carrier's tracking number is unique per carrier.
CREATE TABLE shipment (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  purchase_order_id  BIGINT        NOT NULL,
  order_id           BIGINT        NOT NULL,
  supplier_id        VARCHAR(36)   NOT NULL,
  buyer_id           VARCHAR(36)   NOT NULL,
  carrier            VARCHAR(16)   NOT NULL,
  tracking_number    VARCHAR(64)   NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  shipped_at         DATETIME(6)   NOT NULL,
  outcome_reason     VARCHAR(1000),
  shipped_by         VARCHAR(254),
  received_at        DATETIME(6),
  received_by        VARCHAR(254),
  version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_shipment PRIMARY KEY (id),
  CONSTRAINT uq_shipment_tracking UNIQUE (carrier, tracking_number),
  CONSTRAINT fk_shipment_purchase_order FOREIGN KEY (purchase_order_id) REFERENCES purchase_order (id)
);
CREATE INDEX ix_shipment_order ON shipment (order_id);
CREATE INDEX ix_shipment_supplier ON shipment (supplier_id, status);

CREATE TABLE shipment_line (
  shipment_id    BIGINT  NOT NULL,
  order_line_id  BIGINT  NOT NULL,
  quantity       INT     NOT NULL,
  received_quantity INT,
  CONSTRAINT pk_shipment_line PRIMARY KEY (shipment_id, order_line_id),
  CONSTRAINT fk_shipment_line_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id),
  CONSTRAINT fk_shipment_line_order_line FOREIGN KEY (order_line_id) REFERENCES order_line (id)
);

-- What the carrier reported: IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, FAILED, with time, place and note.
CREATE TABLE tracking_event (
  id            BIGINT         NOT NULL AUTO_INCREMENT,
  shipment_id   BIGINT         NOT NULL,
  code          VARCHAR(20)    NOT NULL,
  occurred_at   DATETIME(6)    NOT NULL,
  location      VARCHAR(200),
  note          VARCHAR(1000),
  recorded_at   DATETIME(6)    NOT NULL,
  recorded_by   VARCHAR(254),
  CONSTRAINT pk_tracking_event PRIMARY KEY (id),
  CONSTRAINT fk_tracking_event_shipment FOREIGN KEY (shipment_id) REFERENCES shipment (id)
);
CREATE INDEX ix_tracking_event_shipment ON tracking_event (shipment_id, occurred_at);

-- Ledger steps about one shipment (shipped, delivered, failed, received) name it.
ALTER TABLE order_event ADD COLUMN shipment_id BIGINT;
-- Fulfilment's and billing's step names are longer (PURCHASE_ORDER_PARTIALLY_ACCEPTED).
ALTER TABLE order_event MODIFY type VARCHAR(48) NOT NULL;
