// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Hands keys from a product's pool to deliveries, oldest delivery first. Keys are claimed under a row lock,
 * so two acceptances at once never get the same key.
 */
@ApplicationScoped
public class KeyIssuing {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** @return the keys the delivery holds now */
  List<String> issue(DigitalDelivery delivery) {
    List<String> held = keysOf(delivery.id());
    int missing = delivery.units() - held.size();
    if (missing > 0) {
      em.createQuery("select k from LicenceKey k where k.productId = :p and k.deliveryId is null order by k.id", LicenceKey.class)
          .setParameter("p", delivery.productId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(missing)
          .getResultList().forEach(k -> k.issueTo(delivery.id(), clock.instant()));
      em.flush();
      held = keysOf(delivery.id());
    }
    return held;
  }

  /** Deliveries of the product still waiting for keys get them, oldest first. */
  void issueWaiting(Long productId) {
    em.createQuery("select d from DigitalDelivery d where d.productId = :p and d.units >"
            + " (select count(k) from LicenceKey k where k.deliveryId = d.id) order by d.id", DigitalDelivery.class)
        .setParameter("p", productId).getResultList().forEach(this::issue);
  }

  List<String> keysOf(Long deliveryId) {
    return em.createQuery("select k.value from LicenceKey k where k.deliveryId = :d order by k.id", String.class)
        .setParameter("d", deliveryId).getResultList();
  }
}
