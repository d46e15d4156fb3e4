// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Appends steps to the ledger in the transaction that did them, and reads an order's steps back. */
@ApplicationScoped
public class OrderLedger {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void append(Long orderId, Long purchaseOrderId, OrderEventType type, Step step, String detail) {
    append(orderId, purchaseOrderId, null, type, step, detail);
  }

  /** A step about one shipment of one purchase order. */
  public void append(Long orderId, Long purchaseOrderId, Long shipmentId, OrderEventType type, Step step, String detail) {
    em.persist(new OrderEvent(orderId, purchaseOrderId, shipmentId, type, step, clock.instant(), detail));
    em.flush(); // ids in the order steps happened: steps within one clock tick are told apart by id
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
