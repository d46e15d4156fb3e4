// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import static org.extranet.marketplace.ordering.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.Acknowledgement;
import org.extranet.marketplace.ordering.Fixtures;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.shared.RejectedDocumentException;
import org.junit.jupiter.api.Test;

/** Invoice totals with tax, what may be invoiced, and the three-way match (hand-computed figures). */
class InvoiceTest {

  /** Lines 11 (10 ordered) and 12 (4 ordered) at 5.00, accepted, 6 of line 11 shipped. */
  private static PurchaseOrder shippedSix() {
    PurchaseOrder po = Fixtures.purchaseOrder(10, 4);
    Fixtures.accept(po, new Acknowledgement(Acknowledgement.Decision.ACCEPT, null, null, null), LocalDate.of(2026, 11, 24));
    LinkedHashMap<Long, Integer> six = new LinkedHashMap<>();
    six.put(11L, 6);
    po.ship(six);
    return po;
  }

  private static MatchStatus match(PurchaseOrder po, List<InvoiceLine> billed) {
    Map<Long, OrderLine> lines = po.lines().stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
    return ThreeWayMatch.of(billed, lines, id -> billed.stream().filter(l -> l.orderLineId().equals(id)).mapToInt(InvoiceLine::quantity).sum());
  }

  @Test
  void taxIsRoundedToTheCentOnTheSubtotal() {
    Invoice invoice = new Invoice("INV-1", shippedSix(), List.of(new InvoiceLine(11L, 6, new BigDecimal("5.00")),
        new InvoiceLine(12L, 1, new BigDecimal("0.99"))), new BigDecimal("0.0825"), NOW, "sam@northwind.example");
    assertEquals(new BigDecimal("30.99"), invoice.subtotal());
    assertEquals(new BigDecimal("2.56"), invoice.tax(), "30.99 × 8.25 % = 2.5567");
    assertEquals(new BigDecimal("33.55"), invoice.total());
  }

  @Test
  void nothingIsInvoicedBeyondWhatShipped() {
    PurchaseOrder po = shippedSix();
    assertThrows(RejectedDocumentException.class, () -> po.invoice(Map.of(11L, 7)));
    assertThrows(RejectedDocumentException.class, () -> po.invoice(Map.of(12L, 1)), "line 12 did not ship");
    po.invoice(Map.of(11L, 4));
    assertEquals(2, po.lines().get(0).toInvoice());
  }

  @Test
  void matchedOnlyAtTheOrdersPriceAndForWhatWasReceived() {
    PurchaseOrder po = shippedSix();
    List<InvoiceLine> atOrderPrice = List.of(new InvoiceLine(11L, 6, new BigDecimal("5.00")));
    assertEquals(MatchStatus.QUANTITY_MISMATCH, match(po, atOrderPrice), "nothing received yet");
    po.received(Map.of(11L, 6));
    assertEquals(MatchStatus.MATCHED, match(po, atOrderPrice));
    assertEquals(MatchStatus.PRICE_MISMATCH, match(po, List.of(new InvoiceLine(11L, 6, new BigDecimal("5.01")))));
    assertEquals(MatchStatus.PRICE_MISMATCH, match(po, List.of(new InvoiceLine(11L, 9, new BigDecimal("4.00")))),
        "a wrong price is reported before a wrong quantity");
  }
}
