// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.invoicing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.extranet.marketplace.ordering.CallerSteps;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.ordering.PurchaseOrders;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.shared.ConflictException;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * The supplier invoices a purchase order: the PO flip (shipped units at the order's prices) or the lines its
 * own system billed; never more than shipped and not yet invoiced (422); then the three-way match.
 */
@Stateless
public class Invoicing {

  @Inject Caller caller;
  @Inject PurchaseOrders purchaseOrders;
  @Inject CallerSteps steps;
  @Inject OrderLedger ledger;
  @Inject InvoiceMatching matching;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  public InvoiceView flip(Long purchaseOrderId, InvoiceRequest request, Channel channel, Integer timeOnTaskSeconds) {
    caller.require(MemberRole.SUPPLIER, MemberRole.PARTNER_INTEGRATION);
    request.check();
    PurchaseOrder po = purchaseOrders.suppliersOwn(purchaseOrderId);
    em.lock(po, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // two invoices at once: one bills, the other retries
    Map<Long, OrderLine> ordered = po.lines().stream().collect(Collectors.toMap(OrderLine::id, Function.identity()));
    List<InvoiceLine> billed = request.lines().isEmpty() ? flipped(po) : asBilled(request, ordered);
    if (billed.isEmpty()) {
      throw new ConflictException("nothing of purchase order " + purchaseOrderId + " is shipped and not yet invoiced");
    }
    Map<Long, Integer> units = new LinkedHashMap<>();
    billed.forEach(l -> units.merge(l.orderLineId(), l.quantity(), Integer::sum));
    po.invoice(units);
    String number = request.number() == null ? nextNumber(po) : request.number().strip();
    if (isTaken(po.supplierId(), number)) {
      throw new ConflictException("invoice number " + number + " is already used");
    }
    Invoice invoice = new Invoice(number, po, billed, request.taxRate(), clock.instant(), caller.email().orElse(caller.organizationId()));
    em.persist(invoice);
    em.flush();
    matching.match(invoice);
    ledger.append(po.order().id(), po.id(), OrderEventType.INVOICED, steps.of(channel, ActorRole.SUPPLIER, timeOnTaskSeconds),
        number + " " + invoice.total() + " " + invoice.currency() + ": " + invoice.matchStatus());
    return InvoiceView.of(invoice);
  }

  /** Every line's shipped, not yet invoiced units at the order's price. */
  private static List<InvoiceLine> flipped(PurchaseOrder po) {
    return po.lines().stream().filter(l -> l.toInvoice() > 0)
        .map(l -> new InvoiceLine(l.id(), l.toInvoice(), l.unitPrice().amount())).toList();
  }

  private static List<InvoiceLine> asBilled(InvoiceRequest request, Map<Long, OrderLine> ordered) {
    List<InvoiceLine> billed = new ArrayList<>();
    for (int i = 0; i < request.lines().size(); i++) {
      InvoiceRequest.Line l = request.lines().get(i);
      OrderLine line = ordered.get(l.lineId());
      if (line == null) {
        throw InvalidInputException.of("lines[" + i + "].lineId", "not a line of this purchase order");
      }
      billed.add(new InvoiceLine(line.id(), l.quantity(), l.unitPrice() == null ? line.unitPrice().amount() : l.unitPrice()));
    }
    return billed;
  }

  private String nextNumber(PurchaseOrder po) {
    long earlier = em.createQuery("select count(i) from Invoice i where i.purchaseOrder = :po", Long.class)
        .setParameter("po", po).getSingleResult();
    return "INV-" + po.id() + "-" + (earlier + 1);
  }

  private boolean isTaken(String supplierId, String number) {
    return !em.createQuery("select i.id from Invoice i where i.supplierId = :s and i.number = :n", Long.class)
        .setParameter("s", supplierId).setParameter("n", number).setMaxResults(1).getResultList().isEmpty();
  }
}
