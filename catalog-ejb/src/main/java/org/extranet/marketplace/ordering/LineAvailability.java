// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

/** How an order line is being supplied, as decided at submission. */
public enum LineAvailability {
  /** Fully reserved from the supplier's stock. */
  SHIP_NOW,
  /** Partly or not reserved; the rest follows at the supplier's lead time. */
  BACKORDER,
  /** Reserved what was on hand; the line ships whole when the upstream tier delivers. */
  WAIT,
  /** The buyer took this in-stock product instead of the one asked for. */
  SUBSTITUTE
}
