// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;

/**
 * The supplier answers a purchase order once: accept, reject (its stock goes back and the buyer sees why) or
 * accept part with promised dates. Only the purchase order's own supplier may (another's answers 404).
 */
@Stateless
public class Acknowledgements {

  @Inject Caller caller;
  @Inject PurchaseOrders purchaseOrders;
  @Inject CallerSteps steps;
  @Inject OrderViews views;
  @Inject OrderLedger ledger;
  @Inject OrderRelease release;
  @Inject Clock clock;

  public OrderView.PurchaseOrderView acknowledge(Long purchaseOrderId, Acknowledgement answer, Channel channel,
      Integer timeOnTaskSeconds) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    PurchaseOrder po = purchaseOrders.suppliersOwn(purchaseOrderId);
    po.acknowledge(answer, caller.email().orElse(caller.organizationId()), clock.instant(), LocalDate.now(clock));
    if (po.status() == PurchaseOrderStatus.REJECTED) {
      release.stockOf(po);
    }
    ledger.append(po.order().id(), po.id(), eventOf(answer.decision()), steps.of(channel, ActorRole.SUPPLIER, timeOnTaskSeconds),
        po.rejectionReason());
    return views.of(po);
  }

  private static OrderEventType eventOf(Acknowledgement.Decision decision) {
    return switch (decision) {
      case ACCEPT -> OrderEventType.PURCHASE_ORDER_ACCEPTED;
      case PARTIAL -> OrderEventType.PURCHASE_ORDER_PARTIALLY_ACCEPTED;
      case REJECT -> OrderEventType.PURCHASE_ORDER_REJECTED;
    };
  }
}
