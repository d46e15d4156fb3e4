// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.Step;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

/** The order's and purchase orders' state machine, and when an order needs approval. */
class OrderTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private static Order twoSupplierOrder() {
    Order order = new Order("globex", "gina@globex.example", Channel.REST, Money.usd("500.00"), null, NOW);
    order.add(new PurchaseOrder(order, "northwind", Money.usd("300.00"), NOW));
    order.add(new PurchaseOrder(order, "contoso", Money.usd("200.00"), NOW));
    return order;
  }

  @Test
  void anOrderHeldForApprovalHoldsItsPurchaseOrdersUntilApproved() {
    Order order = twoSupplierOrder();
    order.awaitApproval();
    assertEquals(OrderStatus.PENDING_APPROVAL, order.status());
    order.purchaseOrders().forEach(po -> assertEquals(PurchaseOrderStatus.AWAITING_APPROVAL, po.status()));
    assertFalse(order.purchaseOrders().get(0).markSent(NOW), "nothing goes out before approval");

    order.approve("gus@globex.example", NOW);
    assertEquals(OrderStatus.PLACED, order.status());
    assertEquals("gus@globex.example", order.decidedBy());
    order.purchaseOrders().forEach(po -> assertEquals(PurchaseOrderStatus.QUEUED, po.status()));
    assertThrows(ConflictException.class, () -> order.approve("gus@globex.example", NOW), "decided once");
    assertThrows(ConflictException.class, () -> order.reject("gus@globex.example", NOW, "late"));
  }

  @Test
  void aRejectedOrderCancelsItsPurchaseOrders() {
    Order order = twoSupplierOrder();
    order.awaitApproval();
    order.reject("gus@globex.example", NOW, "not this quarter");
    assertEquals(OrderStatus.REJECTED, order.status());
    assertEquals("not this quarter", order.decisionReason());
    order.purchaseOrders().forEach(po -> assertEquals(PurchaseOrderStatus.CANCELLED, po.status()));
    assertThrows(ConflictException.class, () -> order.cancel("gina@globex.example", NOW, null));
  }

  @Test
  void aPlacedOrderIsCancelledOnceAndACancelledPurchaseOrderIsNeverSent() {
    Order order = twoSupplierOrder();
    assertTrue(order.purchaseOrders().get(0).markSent(NOW));
    order.cancel("gina@globex.example", NOW, "ordered twice");
    assertEquals(OrderStatus.CANCELLED, order.status());
    assertFalse(order.purchaseOrders().get(1).markSent(NOW));
    assertThrows(ConflictException.class, () -> order.cancel("gina@globex.example", NOW, null));
  }

  @Test
  void approvalIsNeededOverTheLimitOrInAnotherCurrencyAndNeverWithoutALimit() {
    Step step = new Step(Channel.REST, null, "gina@globex.example", "globex", ActorRole.BUYER, false, null, false);
    Requisition limited = new Requisition("globex", "gina@globex.example", step, Money.usd("5000.00"), null);
    assertFalse(limited.needsApproval(Money.usd("5000.00")), "at the limit");
    assertTrue(limited.needsApproval(Money.usd("5000.01")));
    assertTrue(limited.needsApproval(Money.of("10.00", "EUR")));
    assertFalse(new Requisition("globex", "erp", step, null, null).needsApproval(Money.usd("1000000.00")));
  }
}
