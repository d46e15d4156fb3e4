/**
 * Invoicing: the supplier's invoice for a purchase order, made from what shipped at the order's prices plus
 * tax ("PO flip"), and its three-way match against the order (prices) and the buyer's receipts (quantities):
 * MATCHED, PRICE_MISMATCH or QUANTITY_MISMATCH, matched again when a later receipt arrives.
 */
package org.extranet.marketplace.invoicing;
