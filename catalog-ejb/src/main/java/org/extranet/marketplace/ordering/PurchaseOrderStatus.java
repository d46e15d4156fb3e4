// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

/** Where one supplier's part of an order stands: before and at the supplier's acknowledgement. */
public enum PurchaseOrderStatus {
  /** Its order waits for approval; the supplier does not see it yet. */
  AWAITING_APPROVAL,
  /** Placed and in the outbox, on its way to the supplier's channel. */
  QUEUED,
  /** Delivered to the supplier's channel (its portal inbox, …); not yet acknowledged. */
  SENT,
  /** Cancelled (by the buyer, or its order rejected by an approver) before the supplier acknowledged it. */
  CANCELLED,
  /** The supplier accepted every line in full; it ships (promised dates, when given, say when). */
  ACCEPTED,
  /** The supplier accepted part now; the rest is backordered to a promised date per line. */
  PARTIALLY_ACCEPTED,
  /** The supplier rejected it, with a reason for the buyer; its stock went back. */
  REJECTED;

  /** Acknowledged so that it may ship. */
  public boolean isShippable() {
    return this == ACCEPTED || this == PARTIALLY_ACCEPTED;
  }

  /** With the supplier and not yet answered. */
  public boolean awaitsAcknowledgement() {
    return this == QUEUED || this == SENT;
  }
}
