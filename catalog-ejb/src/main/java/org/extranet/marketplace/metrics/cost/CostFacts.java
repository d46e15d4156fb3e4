// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import org.extranet.marketplace.ordering.Order;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * Keeps the cost aggregates' facts as each ledger step is appended, in the step's own transaction: the
 * order's grouping row when it is submitted, and one counter per order × activity × medium × role.
 */
@ApplicationScoped
public class CostFacts {

  @PersistenceContext EntityManager em;

  void on(@Observes OrderEvent step) {
    if (step.type() == OrderEventType.SUBMITTED) {
      Order order = em.find(Order.class, step.orderId());
      em.createNativeQuery("INSERT INTO order_cost_order (order_id, buyer_id, channel, submitted_on, purchase_orders)"
              + " VALUES (?, ?, ?, ?, ?)")
          .setParameter(1, order.id()).setParameter(2, order.buyerId()).setParameter(3, order.channel().name())
          .setParameter(4, java.sql.Date.valueOf(step.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate()))
          .setParameter(5, Math.max(1, order.purchaseOrders().size()))
          .executeUpdate();
    }
    CostedStep costed = CostedStep.of(step);
    if (costed.activity() == null) {
      return; // bookkeeping: nothing to price
    }
    boolean measured = !costed.automated() && costed.timeOnTaskSeconds() != null;
    em.createNativeQuery("INSERT INTO order_cost_fact (order_id, purchase_order_id, activity, medium, actor_role,"
            + " modelled_steps, automated_steps, measured_steps, measured_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE modelled_steps = modelled_steps + VALUES(modelled_steps),"
            + " automated_steps = automated_steps + VALUES(automated_steps), measured_steps = measured_steps + VALUES(measured_steps),"
            + " measured_seconds = measured_seconds + VALUES(measured_seconds)")
        .setParameter(1, step.orderId())
        .setParameter(2, step.purchaseOrderId() == null ? 0L : step.purchaseOrderId())
        .setParameter(3, costed.activity().name())
        .setParameter(4, Medium.of(costed.channel(), costed.source()).name())
        .setParameter(5, costed.actorRole().name())
        .setParameter(6, costed.automated() || measured ? 0 : 1)
        .setParameter(7, costed.automated() ? 1 : 0)
        .setParameter(8, measured ? 1 : 0)
        .setParameter(9, measured ? costed.timeOnTaskSeconds() : 0)
        .executeUpdate();
  }
}
