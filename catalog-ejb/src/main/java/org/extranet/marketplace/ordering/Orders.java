// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;

/** A buyer organization's orders (an operator sees every organization's); another's answer 404. */
@Stateless
public class Orders {

  /** One page of orders, newest first, and how many there are. */
  public record Page(List<OrderView> items, long total) {}

  @Inject Tenancy tenancy;
  @Inject OrderViews views;
  @Inject OrderLedger ledger;
  @PersistenceContext EntityManager em;

  public Page list(OrderStatus status, int page, int size) {
    if (page < 0 || size < 1 || size > 200) {
      throw InvalidInputException.of("size", "page must be ≥ 0 and size between 1 and 200");
    }
    String where = (tenancy.seesAll() ? " where 1 = 1" : " where o.buyerId = :org") + (status == null ? "" : " and o.status = :status");
    TypedQuery<Order> query = em.createQuery("select o from CustomerOrder o" + where + " order by o.submittedAt desc, o.id desc", Order.class);
    TypedQuery<Long> count = em.createQuery("select count(o) from CustomerOrder o" + where, Long.class);
    for (TypedQuery<?> q : List.of(query, count)) {
      if (!tenancy.seesAll()) {
        q.setParameter("org", tenancy.organizationId());
      }
      if (status != null) {
        q.setParameter("status", status);
      }
    }
    List<Order> orders = query.setFirstResult(page * size).setMaxResults(size).getResultList();
    return new Page(views.of(orders, false), count.getSingleResult());
  }

  public OrderView order(Long id) {
    return views.of(tenancy.find(Order.class, id));
  }

  /** The order's steps as the ledger recorded them, in time order. */
  public List<OrderEvent> events(Long id) {
    return ledger.of(tenancy.find(Order.class, id).id());
  }
}
