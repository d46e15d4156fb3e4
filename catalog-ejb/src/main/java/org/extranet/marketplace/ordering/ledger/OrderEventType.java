// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

/** The steps of an order's life the ledger records. */
public enum OrderEventType {
  /** The buyer (or someone for them) submitted the order. */
  SUBMITTED,
  /** The order is over the requester's spending limit and waits for an approver. */
  APPROVAL_REQUESTED,
  /** An approver approved it. */
  APPROVED,
  /** An approver rejected it (reason in the detail); its stock went back. */
  REJECTED,
  /** The order is placed: its purchase orders are queued to the suppliers' channels. */
  PLACED,
  /** One purchase order was delivered to its supplier's channel (portal inbox, EDI, …). */
  PURCHASE_ORDER_SENT,
  /** The buyer cancelled before any supplier acknowledged; its stock went back. */
  CANCELLED,
  /** The buyer had to re-confirm lines whose price had changed since they went into the cart. */
  PRICE_RECONFIRMED,
  /** The supplier accepted a purchase order in full. */
  PURCHASE_ORDER_ACCEPTED,
  /** The supplier accepted part now and promised dates for the rest (backordered). */
  PURCHASE_ORDER_PARTIALLY_ACCEPTED,
  /** The supplier rejected a purchase order (reason in the detail); its stock went back. */
  PURCHASE_ORDER_REJECTED,
  /** The supplier shipped (all or part of) a purchase order: carrier and tracking number in the detail. */
  SHIPPED,
  /** A carrier's tracking event other than the outcome (in transit, out for delivery) was recorded. */
  TRACKING_UPDATED,
  /** The carrier delivered a shipment. */
  DELIVERED,
  /** The carrier failed to deliver a shipment (reason in the detail); its quantities are to ship again. */
  DELIVERY_FAILED,
  /** The buyer confirmed what it received of a shipment: the receipt invoices are matched against. */
  RECEIPT_CONFIRMED,
  /** The supplier invoiced (part of) a purchase order; number, total and match status in the detail. */
  INVOICED,
  /** An invoice's three-way match changed after a later receipt (new status in the detail). */
  INVOICE_REMATCHED,
  /** A DIGITAL line's licence keys and links were issued on acceptance (how many keys in the detail). */
  DIGITAL_DELIVERY_ISSUED,
  /** The buyer first opened a digital delivery: it is delivered. */
  DIGITALLY_DELIVERED
}
