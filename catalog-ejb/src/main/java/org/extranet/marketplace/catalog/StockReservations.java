// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stock taken by orders and given back by cancellations. Every change is one conditional UPDATE on the
 * product row (stock never goes below zero, whatever runs at the same time: the database decides who gets
 * the last unit) and a catalog change, so that in-stock searches follow.
 */
@ApplicationScoped
public class StockReservations {

  /** Conditional updates lost to concurrent takers before {@link #takeUpTo} gives up on a product. */
  private static final int ATTEMPTS = 8;

  @PersistenceContext EntityManager em;
  @Inject CatalogChanges changes;

  /** Takes exactly {@code quantity} units, or nothing when fewer are on hand; true when taken. */
  public boolean take(Long productId, int quantity) {
    int updated = em.createQuery(
            "update Product p set p.stock = p.stock - :quantity where p.id = :id and p.stock >= :quantity")
        .setParameter("quantity", quantity)
        .setParameter("id", productId)
        .executeUpdate();
    if (updated == 1) {
      changes.record(productId);
    }
    return updated == 1;
  }

  /** Takes as many as are on hand up to {@code quantity}; returns how many were taken (0 when none). */
  public int takeUpTo(Long productId, int quantity) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int onHand = onHand(productId);
      int taking = Math.min(onHand, quantity);
      if (taking <= 0) {
        return 0;
      }
      if (take(productId, taking)) {
        return taking;
      }
    }
    return 0; // the stock kept moving under us: back-order the line rather than block the order
  }

  /** Gives units back (a cancelled or rejected order). */
  public void release(Long productId, int quantity) {
    if (quantity <= 0) {
      return;
    }
    em.createQuery("update Product p set p.stock = p.stock + :quantity where p.id = :id")
        .setParameter("quantity", quantity)
        .setParameter("id", productId)
        .executeUpdate();
    changes.record(productId);
  }

  private int onHand(Long productId) {
    Number stock = (Number) em.createNativeQuery("select stock_on_hand from product where id = ?")
        .setParameter(1, productId)
        .getSingleResult();
    return stock.intValue();
  }
}
