// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

/** What the buyer chose for a line the supplier cannot ship in full now. */
public enum ShortageChoice {
  /** Ship what is on hand now and the rest when the supplier restocks (its lead time). */
  BACKORDER,
  /** Ship the whole line at once when the supplier's upstream tier delivers (the tier's date). */
  WAIT,
  /** Order a similar in-stock product instead. */
  SUBSTITUTE
}
