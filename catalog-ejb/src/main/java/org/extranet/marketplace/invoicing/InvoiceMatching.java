// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.ordering.ledger.Step;

/**
 * Runs the three-way match: when an invoice is made, and again for a purchase order's invoices whenever
 * its buyer confirms a receipt (an invoice that ran ahead of the goods matches once they arrive).
 */
@ApplicationScoped
public class InvoiceMatching {

  @PersistenceContext EntityManager em;
  @Inject OrderLedger ledger;

  /** @return true when the invoice's status changed */
  boolean match(Invoice invoice) {
    Map<Long, OrderLine> ordered = invoice.purchaseOrder().lines().stream()
        .collect(Collectors.toMap(OrderLine::id, Function.identity()));
    List<Invoice> upToThis = em.createQuery("select i from Invoice i where i.purchaseOrder = :po and i.id <= :id", Invoice.class)
        .setParameter("po", invoice.purchaseOrder()).setParameter("id", invoice.id()).getResultList();
    return invoice.matched(ThreeWayMatch.of(invoice.lines(), ordered, lineId -> upToThis.stream()
        .flatMap(i -> i.lines().stream()).filter(l -> l.orderLineId().equals(lineId)).mapToInt(InvoiceLine::quantity).sum()));
  }

  void onReceipt(@Observes OrderEvent step) {
    if (step.type() != OrderEventType.RECEIPT_CONFIRMED || step.purchaseOrderId() == null) {
      return;
    }
    em.createQuery("select i from Invoice i where i.purchaseOrder.id = :po order by i.id", Invoice.class)
        .setParameter("po", step.purchaseOrderId()).getResultList().forEach(invoice -> {
          if (match(invoice)) {
            ledger.append(invoice.orderId(), step.purchaseOrderId(), OrderEventType.INVOICE_REMATCHED, Step.system(),
                invoice.number() + ": " + invoice.matchStatus() + " after the receipt");
          }
        });
  }
}
