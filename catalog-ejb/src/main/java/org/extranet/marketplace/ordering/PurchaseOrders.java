// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;
import org.extranet.marketplace.shared.NotFoundException;

/**
 * A supplier's purchase order inbox: what buyers ordered from it, once placed (an order still waiting for
 * its buyer's approval is not the supplier's business yet). Another supplier's purchase order answers 404.
 */
@Stateless
public class PurchaseOrders {

  /** One page of purchase orders, newest first, and how many there are. */
  public record Page(List<OrderView.PurchaseOrderView> items, long total) {}

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject OrderViews views;
  @PersistenceContext EntityManager em;

  public Page inbox(int page, int size) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    if (page < 0 || size < 1 || size > 200) {
      throw InvalidInputException.of("size", "page must be ≥ 0 and size between 1 and 200");
    }
    String where = " where po.supplierId = :supplier and po.status <> :awaiting";
    List<PurchaseOrder> pos = em.createQuery("select po from PurchaseOrder po" + where + " order by po.createdAt desc, po.id desc", PurchaseOrder.class)
        .setParameter("supplier", caller.organizationId())
        .setParameter("awaiting", PurchaseOrderStatus.AWAITING_APPROVAL)
        .setFirstResult(page * size).setMaxResults(size)
        .getResultList();
    long total = em.createQuery("select count(po) from PurchaseOrder po" + where, Long.class)
        .setParameter("supplier", caller.organizationId())
        .setParameter("awaiting", PurchaseOrderStatus.AWAITING_APPROVAL)
        .getSingleResult();
    return new Page(views.ofPurchaseOrders(pos), total);
  }

  /**
   * A purchase order addressed to the caller's organization, for the supplier's own steps (acknowledge,
   * ship); the buyer's or another supplier's answers 404, as does one still held for approval.
   */
  public PurchaseOrder suppliersOwn(Long id) {
    PurchaseOrder po = em.find(PurchaseOrder.class, id);
    if (po == null || !po.supplierId().equals(caller.organizationId()) || po.status() == PurchaseOrderStatus.AWAITING_APPROVAL) {
      throw new NotFoundException("PurchaseOrder", id);
    }
    return po;
  }

  public OrderView.PurchaseOrderView purchaseOrder(Long id) {
    PurchaseOrder po = tenancy.find(PurchaseOrder.class, id);
    boolean suppliersAndHeld = po.supplierId().equals(caller.organizationId()) && po.status() == PurchaseOrderStatus.AWAITING_APPROVAL;
    if (suppliersAndHeld) {
      throw new NotFoundException("PurchaseOrder", id);
    }
    return views.of(po);
  }
}
