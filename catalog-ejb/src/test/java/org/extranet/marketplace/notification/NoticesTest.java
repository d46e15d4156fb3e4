// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.junit.jupiter.api.Test;

/** Who hears of which step, and who gets the e-mail. */
class NoticesTest {

  @Test
  void theBuyerHearsOfAcknowledgementShipmentDeliveryFailureAndInvoiceTheSupplierOfTheReceipt() {
    List<OrderEventType> toBuyer = Arrays.stream(OrderEventType.values())
        .filter(t -> Notices.of(t).map(n -> n.audience() == Notices.Audience.BUYER).orElse(false)).toList();
    assertEquals(List.of(OrderEventType.PURCHASE_ORDER_ACCEPTED, OrderEventType.PURCHASE_ORDER_PARTIALLY_ACCEPTED,
        OrderEventType.PURCHASE_ORDER_REJECTED, OrderEventType.SHIPPED, OrderEventType.DELIVERED,
        OrderEventType.DELIVERY_FAILED, OrderEventType.INVOICED, OrderEventType.DIGITAL_DELIVERY_ISSUED), toBuyer);
    assertEquals(Notices.Audience.SUPPLIER, Notices.of(OrderEventType.RECEIPT_CONFIRMED).orElseThrow().audience());
    assertTrue(Notices.of(OrderEventType.PLACED).isEmpty(), "the buyer's own steps are not news to it");
    assertEquals("Northwind Software shipped purchase order 7",
        String.format(Notices.of(OrderEventType.SHIPPED).orElseThrow().title(), "Northwind Software", 7L));
  }

  @Test
  void onlyPeoplesAddressesAreMailed() {
    assertEquals(List.of("gina@globex.example"),
        NotificationMailer.recipients(List.of("gina@globex.example", "globex-procurement", "gina@globex.example", "")));
  }
}
