// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.extranet.marketplace.invoicing.MatchStatus;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.shipment.Shipment;
import org.extranet.marketplace.shipment.ShipmentStatus;
import org.extranet.marketplace.shipment.TrackingEvent;
import org.extranet.marketplace.supplier.SupplierDirectory;

/**
 * Supplier scorecards: every ACTIVE supplier's for the operator and for buyers choosing between them; a
 * supplier sees its own only (another's answers 404). Computed from the supplier's records when asked (incremental upkeep is a later
 * step of issue 8).
 */
@Stateless
public class SupplierScorecards {

  @Inject Tenancy tenancy;
  @Inject Caller caller;
  @Inject SupplierDirectory directory;
  @PersistenceContext EntityManager em;

  /** Every ACTIVE supplier's for the operator and buyers; a supplier gets its own only. */
  public List<Scorecard> all() {
    if (!tenancy.seesAll() && caller.hasRole(MemberRole.SUPPLIER)) {
      return List.of(compute(tenancy.organizationId()));
    }
    return directory.activeSuppliers().stream().map(s -> compute(s.id())).toList();
  }

  public Scorecard of(String supplierId) {
    boolean own = supplierId.equals(tenancy.organizationId());
    boolean visible = tenancy.seesAll() || own || (!caller.hasRole(MemberRole.SUPPLIER)
        && directory.activeSuppliers().stream().anyMatch(s -> s.id().equals(supplierId)));
    if (!visible) {
      throw new NotFoundException("Supplier", supplierId);
    }
    return compute(supplierId);
  }

  private Scorecard compute(String supplierId) {
    List<Scorecard.Answered> answered = em.createQuery("select po from PurchaseOrder po where po.supplierId = :s"
            + " and po.acknowledgedAt is not null", PurchaseOrder.class)
        .setParameter("s", supplierId).getResultList().stream()
        .map(po -> new Scorecard.Answered(po.sentAt() == null ? po.createdAt() : po.sentAt(), po.acknowledgedAt(),
            po.lines().stream().mapToInt(OrderLine::quantity).sum(),
            po.lines().stream().mapToInt(OrderLine::shippedQuantity).sum()))
        .toList();
    List<Scorecard.Outcome> outcomes = em.createQuery("select s from Shipment s where s.supplierId = :s and s.status in :done",
            Shipment.class)
        .setParameter("s", supplierId).setParameter("done", List.of(ShipmentStatus.DELIVERED, ShipmentStatus.FAILED))
        .getResultList().stream().map(SupplierScorecards::outcome).toList();
    long invoices = em.createQuery("select count(i) from Invoice i where i.supplierId = :s", Long.class)
        .setParameter("s", supplierId).getSingleResult();
    long matched = em.createQuery("select count(i) from Invoice i where i.supplierId = :s and i.matchStatus = :m", Long.class)
        .setParameter("s", supplierId).setParameter("m", MatchStatus.MATCHED).getSingleResult();
    return Scorecard.of(supplierId, answered, outcomes, invoices, matched);
  }

  /** When the outcome happened (its carrier event) and when the shipment was due. */
  private static Scorecard.Outcome outcome(Shipment s) {
    List<TrackingEvent> events = s.events();
    TrackingEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    LocalDate due = s.purchaseOrder().lines().stream()
        .filter(l -> s.unitsByLine().containsKey(l.id()))
        .map(l -> l.promisedDate() != null ? l.promisedDate() : l.expectedDate())
        .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    return new Scorecard.Outcome(s.status() == ShipmentStatus.DELIVERED, last == null ? s.shippedAt() : last.occurredAt(), due);
  }
}
