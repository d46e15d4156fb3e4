// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.scorecard;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;
import org.extranet.marketplace.supplier.SupplierDirectory;

/**
 * Supplier scorecards: every ACTIVE supplier's for the operator and for buyers choosing between them; a
 * supplier sees its own only (another's answers 404). Read from the totals {@link ScorecardFacts} keeps as purchase
 * orders move: one row per supplier, whatever its number of orders.
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

  /** From the supplier's totals kept by {@link ScorecardFacts}, and the median of its acknowledgement hours. */
  private Scorecard compute(String supplierId) {
    List<?> totals = em.createNativeQuery("SELECT acknowledged, ordered_units, shipped_units, delivered, delivered_on_time,"
            + " failed, invoices, invoices_matched FROM scorecard_total WHERE supplier_id = ?")
        .setParameter(1, supplierId).getResultList();
    if (totals.isEmpty()) {
      return Scorecard.of(supplierId, ScorecardCounts.NONE, null);
    }
    Object[] r = (Object[]) totals.get(0);
    ScorecardCounts counts = new ScorecardCounts(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]));
    return Scorecard.of(supplierId, counts, medianAckHours(supplierId, counts.acknowledged()));
  }

  /** The middle one or two of the supplier's acknowledgement hours, read along the (supplier, hours) index. */
  private BigDecimal medianAckHours(String supplierId, long acknowledged) {
    if (acknowledged == 0) {
      return null;
    }
    List<?> middle = em.createNativeQuery("SELECT ack_hours FROM scorecard_purchase_order WHERE supplier_id = ?"
            + " AND ack_hours IS NOT NULL ORDER BY ack_hours LIMIT ? OFFSET ?")
        .setParameter(1, supplierId).setParameter(2, acknowledged % 2 == 1 ? 1 : 2).setParameter(3, (acknowledged - 1) / 2)
        .getResultList();
    return Scorecard.median(middle.stream().map(v -> new BigDecimal(String.valueOf(v)).doubleValue()).toList());
  }

  private static long n(Object value) {
    return ((Number) value).longValue();
  }
}
