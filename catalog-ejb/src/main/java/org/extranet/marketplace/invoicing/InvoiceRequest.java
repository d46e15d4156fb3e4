// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * What the supplier invoices (API.md {@code POST /purchase-orders/{id}/invoices}). Without lines it is the
 * PO flip: every line's shipped, not yet invoiced units at the order's price. With lines, units and
 * (optionally) prices as the supplier's own system billed them — the match then says whether they agree.
 *
 * @param number the supplier's invoice number; generated when absent
 * @param taxRate e.g. 0.0825; none when absent
 */
public record InvoiceRequest(String number, BigDecimal taxRate, List<Line> lines) {

  /** @param unitPrice absent: the order's price */
  public record Line(Long lineId, Integer quantity, BigDecimal unitPrice) {}

  public InvoiceRequest {
    lines = lines == null ? List.of() : lines;
    taxRate = taxRate == null ? BigDecimal.ZERO : taxRate;
  }

  /** Every field's form (400 naming each bad one). */
  void check() {
    List<InvalidInputException.Violation> bad = new ArrayList<>();
    if (number != null && !number.strip().matches("[A-Za-z0-9][A-Za-z0-9/._-]{0,39}")) {
      bad.add(new InvalidInputException.Violation("number", "1 to 40 letters, digits or / . _ -"));
    }
    if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) > 0) {
      bad.add(new InvalidInputException.Violation("taxRate", "between 0 and 1 (0.0825 for 8.25 %)"));
    }
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l == null || l.lineId() == null) {
        bad.add(new InvalidInputException.Violation("lines[" + i + "].lineId", "required"));
      } else if (l.quantity() == null || l.quantity() < 1) {
        bad.add(new InvalidInputException.Violation("lines[" + i + "].quantity", "at least 1"));
      } else if (l.unitPrice() != null && l.unitPrice().signum() <= 0) {
        bad.add(new InvalidInputException.Violation("lines[" + i + "].unitPrice", "more than 0"));
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
  }
}
