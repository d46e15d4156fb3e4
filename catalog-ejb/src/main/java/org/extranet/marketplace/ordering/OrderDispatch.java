// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.extranet.marketplace.integration.Outbox;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.ordering.ledger.Step;

/**
 * Places an order that may go out: records it and queues each purchase order to its supplier's channel
 * through the outbox (the portal inbox for now; EDI, SOAP and webhooks come with the partner gateway).
 */
@ApplicationScoped
public class OrderDispatch {

  /** The outbox's name for a purchase order document. */
  public static final String PURCHASE_ORDER = "PURCHASE_ORDER";

  @Inject OrderLedger ledger;
  @Inject Outbox outbox;

  public void place(Order order, Step step) {
    ledger.append(order.id(), OrderEventType.PLACED, step, order.purchaseOrders().size() + " purchase order(s)");
    for (PurchaseOrder po : order.purchaseOrders()) {
      outbox.enqueue(po.supplierId(), Outbox.PORTAL, PURCHASE_ORDER, po.id());
    }
  }
}
