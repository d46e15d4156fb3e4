// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Appends steps to the ledger in the transaction that did them, and reads an order's steps back. Each
 * appended step is also fired as a CDI event ({@code @Observes OrderEvent}) for what follows from it.
 */
@ApplicationScoped
public class OrderLedger {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<OrderEvent> appended;

  public void append(Long orderId, Long purchaseOrderId, OrderEventType type, Step step, String detail) {
    append(orderId, purchaseOrderId, null, type, step, detail);
  }

  /** A step about one shipment of one purchase order. */
  public void append(Long orderId, Long purchaseOrderId, Long shipmentId, OrderEventType type, Step step, String detail) {
    OrderEvent event = new OrderEvent(orderId, purchaseOrderId, shipmentId, type, step, clock.instant(), detail);
    em.persist(event);
    em.flush(); // ids in the order steps happened: steps within one clock tick are told apart by id
    // observers (notifications, digital delivery) act in the same transaction: a step and its effects stand or fall together
    appended.fire(event);
  }

  public void append(Long orderId, OrderEventType type, Step step, String detail) {
    append(orderId, null, type, step, detail);
  }

  /** The order's steps in the order they happened. Callers check the order is the caller's first. */
  public List<OrderEvent> of(Long orderId) {
    return em.createQuery("select e from OrderEvent e where e.orderId = :order order by e.occurredAt, e.id", OrderEvent.class)
        .setParameter("order", orderId)
        .getResultList();
  }
}
