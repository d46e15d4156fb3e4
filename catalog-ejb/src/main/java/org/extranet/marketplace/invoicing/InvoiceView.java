// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.OrderLine;

/** Read model of an invoice, with each line beside what was ordered and received. */
public record InvoiceView(Long id, String number, Long purchaseOrderId, Long orderId, String supplierId, String buyerId,
    MatchStatus matchStatus, String currency, BigDecimal subtotal, BigDecimal taxRate, BigDecimal tax, BigDecimal total,
    Instant issuedAt, String issuedBy, List<LineView> lines) {

  public record LineView(Long lineId, int lineNumber, String sku, String name, int quantity, BigDecimal unitPrice,
      BigDecimal amount, BigDecimal orderedUnitPrice, int ordered, int received) {}

  static InvoiceView of(Invoice i) {
    Map<Long, OrderLine> ordered = i.purchaseOrder().lines().stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
    return new InvoiceView(i.id(), i.number(), i.purchaseOrder().id(), i.orderId(), i.supplierId(), i.buyerId(),
        i.matchStatus(), i.currency(), i.subtotal(), i.taxRate(), i.tax(), i.total(), i.issuedAt(), i.issuedBy(),
        i.lines().stream().map(l -> {
          OrderLine o = ordered.get(l.orderLineId());
          return new LineView(o.id(), o.lineNumber(), o.sku(), o.name(), l.quantity(), l.unitPrice(), l.amount(),
              o.unitPrice().amount(), o.quantity(), o.receivedQuantity());
        }).toList());
  }
}
