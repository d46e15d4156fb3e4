// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import java.util.List;
import org.extranet.marketplace.ordering.OrderLine;

/**
 * Matches an invoice against the order and the receipts: a line billed at another price than ordered is a
 * PRICE_MISMATCH; otherwise a line whose units invoiced so far (this invoice and earlier ones) exceed what
 * the buyer confirmed receiving is a QUANTITY_MISMATCH; otherwise MATCHED.
 */
final class ThreeWayMatch {

  private ThreeWayMatch() {}

  /**
   * @param invoicedBefore for each line, units invoiced by earlier invoices (the order line's
   *     invoiced quantity less this invoice's units once it is recorded)
   */
  static MatchStatus of(List<InvoiceLine> billed, java.util.Map<Long, OrderLine> orderLines,
      java.util.function.ToIntFunction<Long> invoicedSoFar) {
    for (InvoiceLine line : billed) {
      if (line.unitPrice().compareTo(orderLines.get(line.orderLineId()).unitPrice().amount()) != 0) {
        return MatchStatus.PRICE_MISMATCH;
      }
    }
    for (InvoiceLine line : billed) {
      if (invoicedSoFar.applyAsInt(line.orderLineId()) > orderLines.get(line.orderLineId()).receivedQuantity()) {
        return MatchStatus.QUANTITY_MISMATCH;
      }
    }
    return MatchStatus.MATCHED;
  }
}
