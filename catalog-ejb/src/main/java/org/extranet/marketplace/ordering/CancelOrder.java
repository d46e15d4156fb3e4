// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * The buyer cancels an order while no supplier has acknowledged any of it (409 after): every purchase order
 * is cancelled and the stock it held goes back.
 */
@Stateless
public class CancelOrder {

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject CallerSteps steps;
  @Inject OrderViews views;
  @Inject OrderLedger ledger;
  @Inject OrderRelease release;
  @Inject Clock clock;

  public OrderView cancel(Long orderId, String reason, Channel channel, Integer timeOnTaskSeconds) {
    caller.require(MemberRole.BUYER, MemberRole.APPROVER, MemberRole.PARTNER_INTEGRATION);
    if (reason != null && reason.length() > 1000) {
      throw InvalidInputException.of("reason", "at most 1000 characters");
    }
    Order order = tenancy.find(Order.class, orderId);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    order.cancel(caller.email().orElse(caller.organizationId()), clock.instant(), why);
    release.stockOf(order);
    ledger.append(order.id(), OrderEventType.CANCELLED, steps.of(channel, ActorRole.BUYER, timeOnTaskSeconds), why);
    return views.of(order);
  }
}
