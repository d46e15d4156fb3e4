// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.extranet.marketplace.invoicing.MatchStatus;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.shipment.Shipment;
import org.extranet.marketplace.shipment.ShipmentStatus;
import org.extranet.marketplace.shipment.TrackingEvent;

/**
 * Keeps the scorecards as purchase orders move, in the step's own transaction: on each step that can change
 * a figure, the purchase order's record is computed again from that one order (its acknowledgement, its
 * shipments' outcomes, its invoices) and its supplier's totals move by the difference.
 */
@ApplicationScoped
public class ScorecardFacts {

  private static final Set<OrderEventType> MOVES = EnumSet.of(OrderEventType.PURCHASE_ORDER_ACCEPTED,
      OrderEventType.PURCHASE_ORDER_PARTIALLY_ACCEPTED, OrderEventType.PURCHASE_ORDER_REJECTED, OrderEventType.SHIPPED,
      OrderEventType.DELIVERED, OrderEventType.DELIVERY_FAILED, OrderEventType.RECEIPT_CONFIRMED, OrderEventType.INVOICED,
      OrderEventType.INVOICE_REMATCHED);

  @PersistenceContext EntityManager em;

  void on(@Observes OrderEvent step) {
    if (step.purchaseOrderId() == null || !MOVES.contains(step.type())) {
      return;
    }
    PurchaseOrder po = em.find(PurchaseOrder.class, step.purchaseOrderId());
    Scorecard.Answered answered = answered(po);
    ScorecardCounts now = ScorecardCounts.of(answered, outcomes(po), invoices(po, null), invoices(po, MatchStatus.MATCHED));
    ScorecardCounts before = recorded(po.id());
    em.createNativeQuery("DELETE FROM scorecard_purchase_order WHERE purchase_order_id = ?").setParameter(1, po.id()).executeUpdate();
    em.createNativeQuery("INSERT INTO scorecard_purchase_order (purchase_order_id, supplier_id, acknowledged, ack_hours,"
            + " ordered_units, shipped_units, delivered, delivered_on_time, failed, invoices, invoices_matched)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, po.id()).setParameter(2, po.supplierId()).setParameter(3, now.acknowledged())
        .setParameter(4, answered == null ? null : ScorecardCounts.ackHours(answered))
        .setParameter(5, now.orderedUnits()).setParameter(6, now.shippedUnits()).setParameter(7, now.delivered())
        .setParameter(8, now.deliveredOnTime()).setParameter(9, now.failed()).setParameter(10, now.invoices())
        .setParameter(11, now.invoicesMatched())
        .executeUpdate();
    ScorecardCounts d = now.minus(before);
    em.createNativeQuery("INSERT INTO scorecard_total (supplier_id, acknowledged, ordered_units, shipped_units, delivered,"
            + " delivered_on_time, failed, invoices, invoices_matched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE acknowledged = acknowledged + VALUES(acknowledged),"
            + " ordered_units = ordered_units + VALUES(ordered_units), shipped_units = shipped_units + VALUES(shipped_units),"
            + " delivered = delivered + VALUES(delivered), delivered_on_time = delivered_on_time + VALUES(delivered_on_time),"
            + " failed = failed + VALUES(failed), invoices = invoices + VALUES(invoices),"
            + " invoices_matched = invoices_matched + VALUES(invoices_matched)")
        .setParameter(1, po.supplierId()).setParameter(2, d.acknowledged()).setParameter(3, d.orderedUnits())
        .setParameter(4, d.shippedUnits()).setParameter(5, d.delivered()).setParameter(6, d.deliveredOnTime())
        .setParameter(7, d.failed()).setParameter(8, d.invoices()).setParameter(9, d.invoicesMatched())
        .executeUpdate();
  }

  private ScorecardCounts recorded(Long purchaseOrderId) {
    List<?> rows = em.createNativeQuery("SELECT acknowledged, ordered_units, shipped_units, delivered, delivered_on_time,"
            + " failed, invoices, invoices_matched FROM scorecard_purchase_order WHERE purchase_order_id = ?")
        .setParameter(1, purchaseOrderId).getResultList();
    if (rows.isEmpty()) {
      return ScorecardCounts.NONE;
    }
    Object[] r = (Object[]) rows.get(0);
    long[] v = new long[r.length];
    for (int i = 0; i < r.length; i++) {
      v[i] = ((Number) r[i]).longValue();
    }
    return new ScorecardCounts(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  }

  /** When it reached the supplier and when it was answered, with units ordered and shipped; null before the answer. */
  static Scorecard.Answered answered(PurchaseOrder po) {
    if (po.acknowledgedAt() == null) {
      return null;
    }
    return new Scorecard.Answered(po.sentAt() == null ? po.createdAt() : po.sentAt(), po.acknowledgedAt(),
        po.lines().stream().mapToInt(OrderLine::quantity).sum(), po.lines().stream().mapToInt(OrderLine::shippedQuantity).sum());
  }

  private List<Scorecard.Outcome> outcomes(PurchaseOrder po) {
    return em.createQuery("select s from Shipment s where s.purchaseOrder = :po and s.status in :done", Shipment.class)
        .setParameter("po", po).setParameter("done", List.of(ShipmentStatus.DELIVERED, ShipmentStatus.FAILED))
        .getResultList().stream().map(ScorecardFacts::outcome).toList();
  }

  private long invoices(PurchaseOrder po, MatchStatus status) {
    var query = em.createQuery("select count(i) from Invoice i where i.purchaseOrder.id = :po"
            + (status == null ? "" : " and i.matchStatus = :m"), Long.class)
        .setParameter("po", po.id());
    return status == null ? query.getSingleResult() : query.setParameter("m", status).getSingleResult();
  }

  /** When the outcome happened (its carrier event) and when the shipment was due. */
  static Scorecard.Outcome outcome(Shipment s) {
    List<TrackingEvent> events = s.events();
    TrackingEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    LocalDate due = s.purchaseOrder().lines().stream()
        .filter(l -> s.unitsByLine().containsKey(l.id()))
        .map(l -> l.promisedDate() != null ? l.promisedDate() : l.expectedDate())
        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    return new Scorecard.Outcome(s.status() == ShipmentStatus.DELIVERED, last == null ? s.shippedAt() : last.occurredAt(), due);
  }
}
