// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * A supplier's delivery outcomes: shipments delivered and failed, and its delivery failure rate =
 * failed ÷ (delivered + failed) (ARCHITECTURE.md "Metrics"; 3 failed of 12 = 0.25). Shipments still on
 * their way count in neither. The supplier sees its own, the operator everyone's.
 */
@Stateless
public class DeliveryPerformance {

  /** @param failureRate null while nothing has an outcome yet */
  public record Outcomes(String supplierId, long delivered, long failed, BigDecimal failureRate) {

    public static Outcomes of(String supplierId, long delivered, long failed) {
      long decided = delivered + failed;
      return new Outcomes(supplierId, delivered, failed,
          decided == 0 ? null : BigDecimal.valueOf(failed).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP));
    }
  }

  @Inject Tenancy tenancy;
  @PersistenceContext EntityManager em;

  public Outcomes of(String supplierId) {
    if (!tenancy.seesAll() && !supplierId.equals(tenancy.organizationId())) {
      throw new NotFoundException("Supplier", supplierId);
    }
    List<Object[]> counts = em.createQuery("select s.status, count(s) from Shipment s where s.supplierId = :supplier"
            + " and s.status in :outcomes group by s.status", Object[].class)
        .setParameter("supplier", supplierId)
        .setParameter("outcomes", List.of(ShipmentStatus.DELIVERED, ShipmentStatus.FAILED))
        .getResultList();
    long delivered = 0;
    long failed = 0;
    for (Object[] row : counts) {
      if (row[0] == ShipmentStatus.DELIVERED) {
        delivered = (Long) row[1];
      } else {
        failed = (Long) row[1];
      }
    }
    return Outcomes.of(supplierId, delivered, failed);
  }
}
