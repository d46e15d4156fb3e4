// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.shipment.digital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.extranet.marketplace.catalog.Product;
import org.extranet.marketplace.catalog.ProductKind;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.ordering.ledger.Step;

/**
 * On a supplier's acceptance (in full or in part), in the same transaction: each DIGITAL line's accepted
 * units become a digital delivery with keys from the pool, download and training links.
 */
@ApplicationScoped
public class SoftwareIssuer {

  @PersistenceContext EntityManager em;
  @Inject KeyIssuing keys;
  @Inject OrderLedger ledger;
  @Inject Clock clock;

  void onAcceptance(@Observes OrderEvent step) {
    if (step.type() != OrderEventType.PURCHASE_ORDER_ACCEPTED && step.type() != OrderEventType.PURCHASE_ORDER_PARTIALLY_ACCEPTED) {
      return;
    }
    PurchaseOrder po = em.find(PurchaseOrder.class, step.purchaseOrderId());
    po.lines().forEach(line -> {
      Product product = em.find(Product.class, line.productId());
      int units = line.acceptedQuantity() == null ? 0 : line.acceptedQuantity();
      if (product == null || product.kind() != ProductKind.DIGITAL || units == 0) {
        return;
      }
      DigitalDelivery delivery = new DigitalDelivery(line, units, product, clock.instant());
      em.persist(delivery);
      em.flush();
      int issued = keys.issue(delivery).size();
      ledger.append(po.order().id(), po.id(), OrderEventType.DIGITAL_DELIVERY_ISSUED, Step.system(),
          line.sku() + ": " + issued + " of " + units + " licence key(s)" + (issued < units ? ", the rest when the supplier adds keys" : ""));
    });
  }
}
