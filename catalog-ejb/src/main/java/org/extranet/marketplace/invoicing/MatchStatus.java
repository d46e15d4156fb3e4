// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

/** The three-way match of an invoice against its order and the buyer's receipts. */
public enum MatchStatus {
  /** Every line at the order's price, and no more invoiced than the buyer received. */
  MATCHED,
  /** A line's price differs from the order's (checked first: a wrong price is wrong whatever arrived). */
  PRICE_MISMATCH,
  /** More invoiced on a line (with earlier invoices) than the buyer confirmed receiving — so far. */
  QUANTITY_MISMATCH
}
