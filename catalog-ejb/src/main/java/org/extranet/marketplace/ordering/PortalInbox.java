// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.extranet.marketplace.integration.Outbox;
import org.extranet.marketplace.integration.OutboxDelivery;
import org.extranet.marketplace.integration.OutboxMessage;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.ordering.ledger.Step;

/** Delivers purchase orders to suppliers who take them in the portal: the purchase order shows in their inbox. */
@ApplicationScoped
public class PortalInbox implements OutboxDelivery {

  private static final Step DELIVERY = new Step(Channel.PORTAL, null, null, null, ActorRole.SYSTEM, true, null, false);

  @PersistenceContext EntityManager em;
  @Inject OrderLedger ledger;
  @Inject Clock clock;

  @Override
  public boolean handles(String channel, String documentType) {
    return Outbox.PORTAL.equals(channel) && OrderDispatch.PURCHASE_ORDER.equals(documentType);
  }

  @Override
  public void deliver(OutboxMessage message) {
    PurchaseOrder po = em.find(PurchaseOrder.class, message.documentId());
    if (po != null && po.markSent(clock.instant())) { // cancelled meanwhile: nothing to deliver
      ledger.append(po.order().id(), po.id(), OrderEventType.PURCHASE_ORDER_SENT, DELIVERY, "to the supplier's portal inbox");
    }
  }
}
