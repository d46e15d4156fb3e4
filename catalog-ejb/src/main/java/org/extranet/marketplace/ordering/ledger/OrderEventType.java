// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

/** The steps of an order's life the ledger records (fulfilment and billing add theirs). */
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
  PRICE_RECONFIRMED
}
