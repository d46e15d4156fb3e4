// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.ordering.ledger.Step;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.ForbiddenException;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * An approver's inbox: their organization's orders over the requester's spending limit. Approving places the
 * order (its stock was held since submission); rejecting gives the stock back. Nobody decides on their own
 * order; two approvers deciding at once: one wins, the other gets 409 (the order's version).
 */
@Stateless
public class Approvals {

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject CallerSteps steps;
  @Inject OrderViews views;
  @Inject OrderLedger ledger;
  @Inject OrderDispatch dispatch;
  @Inject OrderRelease release;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  /** Orders waiting for the caller's decision, oldest first (the caller's own are not theirs to decide). */
  public List<OrderView> pending() {
    caller.require(MemberRole.APPROVER);
    List<Order> orders = em.createQuery("select o from CustomerOrder o where o.buyerId = :org and o.status = :status"
            + " and o.requester <> :me order by o.submittedAt, o.id", Order.class)
        .setParameter("org", caller.organizationId())
        .setParameter("status", OrderStatus.PENDING_APPROVAL)
        .setParameter("me", caller.email().orElse(""))
        .getResultList();
    return views.of(orders, false);
  }

  public OrderView approve(Long orderId, Channel channel, Integer timeOnTaskSeconds) {
    Order order = decidable(orderId);
    Step step = steps.of(channel, ActorRole.APPROVER, timeOnTaskSeconds);
    order.approve(caller.email().orElseThrow(), clock.instant());
    ledger.append(order.id(), OrderEventType.APPROVED, step, null);
    dispatch.place(order, Step.system());
    em.flush(); // a concurrent decision fails here, on the order's version: 409
    return views.of(order);
  }

  public OrderView reject(Long orderId, String reason, Channel channel, Integer timeOnTaskSeconds) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw InvalidInputException.of("reason", "say why, in at most 1000 characters");
    }
    Order order = decidable(orderId);
    order.reject(caller.email().orElseThrow(), clock.instant(), reason.strip());
    release.stockOf(order);
    ledger.append(order.id(), OrderEventType.REJECTED, steps.of(channel, ActorRole.APPROVER, timeOnTaskSeconds), reason.strip());
    em.flush(); // a concurrent decision fails here, on the order's version: 409
    return views.of(order);
  }

  private Order decidable(Long orderId) {
    caller.require(MemberRole.APPROVER);
    Order order = tenancy.find(Order.class, orderId);
    if (!order.buyerId().equals(caller.organizationId())) {
      throw new ForbiddenException("only the buyer organization's approvers decide on its orders");
    }
    if (caller.email().map(order.requester()::equalsIgnoreCase).orElse(true)) {
      throw new ForbiddenException("nobody approves or rejects their own order");
    }
    return order;
  }
}
