// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.partner.rest.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.extranet.marketplace.invoicing.InvoiceRequest;
import org.extranet.marketplace.invoicing.InvoiceView;

/** Invoices on the wire (API.md "Ordering": PO flip, GET /invoices with matchStatus). */
public final class InvoiceJson {

  private InvoiceJson() {}

  /** POST /purchase-orders/{id}/invoices; an empty body is the PO flip. */
  public record Request(String number, BigDecimal taxRate, List<BilledLine> lines) {
    public InvoiceRequest toRequest() {
      return new InvoiceRequest(number, taxRate, lines == null ? null
          : lines.stream().map(l -> l == null ? null : new InvoiceRequest.Line(l.lineId(), l.quantity(), l.unitPrice())).toList());
    }
  }

  public record BilledLine(Long lineId, Integer quantity, BigDecimal unitPrice) {}

  public record Invoice(Long id, String number, Long purchaseOrderId, Long orderId, String supplierId, String buyerId,
      String matchStatus, String currency, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total,
      Instant issuedAt, String issuedBy, List<Line> lines) {
    public static Invoice of(InvoiceView i) {
      return new Invoice(i.id(), i.number(), i.purchaseOrderId(), i.orderId(), i.supplierId(), i.buyerId(),
          i.matchStatus().name(), i.currency(), i.subtotal(), i.taxRate(), i.tax(), i.total(), i.issuedAt(), i.issuedBy(),
          i.lines().stream().map(l -> new Line(l.lineId(), l.lineNumber(), l.sku(), l.name(), l.quantity(), l.unitPrice(),
              l.amount(), l.orderedUnitPrice(), l.ordered(), l.received())).toList());
    }
  }

  /** A billed line beside what was ordered (price, units) and received. */
  public record Line(Long lineId, int lineNumber, String sku, String name, int quantity, BigDecimal unitPrice,
      BigDecimal amount, BigDecimal orderedUnitPrice, int ordered, int received) {}
}
