// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

/** Where one supplier's part of an order stands (acknowledgement states come with fulfilment). */
public enum PurchaseOrderStatus {
  /** Its order waits for approval; the supplier does not see it yet. */
  AWAITING_APPROVAL,
  /** Placed and in the outbox, on its way to the supplier's channel. */
  QUEUED,
  /** Delivered to the supplier's channel (its portal inbox, …); not yet acknowledged. */
  SENT,
  /** Cancelled or rejected before the supplier acknowledged it. */
  CANCELLED
}
