// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

/** Where a buyer's order stands. */
public enum OrderStatus {
  /** Over the requester's spending limit; its stock is held while an approver decides. */
  PENDING_APPROVAL,
  /** Placed: one purchase order per supplier is on its way to (or with) the supplier. */
  PLACED,
  /** An approver rejected it; its stock went back. */
  REJECTED,
  /** The buyer cancelled it before any supplier acknowledged; its stock went back. */
  CANCELLED;

  boolean isOpen() {
    return this == PENDING_APPROVAL || this == PLACED;
  }
}
