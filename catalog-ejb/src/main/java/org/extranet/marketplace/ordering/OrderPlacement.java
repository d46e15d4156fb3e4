// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.ordering.ledger.OrderEventType;
import org.extranet.marketplace.ordering.ledger.OrderLedger;
import org.extranet.marketplace.ordering.ledger.Step;
import org.extranet.marketplace.shared.Money;

/**
 * Places one order in one transaction of its own: claims the Idempotency-Key first (a concurrent retry with
 * the same key waits on its row and then fails on it, see {@link SubmitOrder}), plans and supplies the lines,
 * splits them into one purchase order per supplier, and either places the order or holds it for approval.
 * Any refusal rolls all of it back, the stock taken included.
 */
@Stateless
public class OrderPlacement {

  @PersistenceContext EntityManager em;
  @Inject OrderLinePlanner planner;
  @Inject OrderLedger ledger;
  @Inject OrderDispatch dispatch;
  @Inject OrderViews views;
  @Inject Clock clock;

  /** @return the new order as the caller sees it, read from this transaction's own objects (no second read) */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OrderView place(Requisition requisition, OrderRequest request, Map<Long, LocalDate> waitDates) {
    SubmissionKey key = null;
    if (requisition.idempotencyKey() != null) {
      key = new SubmissionKey(requisition.buyerId(), requisition.idempotencyKey(), request.fingerprint(), clock.instant());
      em.persist(key);
      em.flush(); // take the key's row lock now, before any stock
    }
    List<PlannedLine> planned = planner.plan(requisition.buyerId(), request, waitDates);
    Order order = split(requisition, request.note(), planned);
    em.persist(order);
    em.flush();
    ledger.append(order.id(), OrderEventType.SUBMITTED, requisition.step(), planned.size() + " line(s), " + order.total());
    if (requisition.needsApproval(order.total())) {
      order.awaitApproval();
      ledger.append(order.id(), OrderEventType.APPROVAL_REQUESTED, Step.system(),
          "over the requester's spending limit of " + requisition.spendingLimit());
    } else {
      dispatch.place(order, requisition.step().withoutTimeOnTask());
    }
    if (key != null) {
      key.madeOrder(order.id());
    }
    return views.of(order);
  }

  /** One purchase order per supplier, in the order suppliers first appear; lines keep the request's numbering. */
  private Order split(Requisition requisition, String note, List<PlannedLine> planned) {
    Map<String, List<Integer>> bySupplier = new LinkedHashMap<>();
    for (int i = 0; i < planned.size(); i++) {
      bySupplier.computeIfAbsent(planned.get(i).product().supplierId(), s -> new java.util.ArrayList<>()).add(i);
    }
    Order order = new Order(requisition.buyerId(), requisition.requester(), requisition.step().channel(),
        total(planned), blankToNull(note), clock.instant());
    bySupplier.forEach((supplierId, positions) -> {
      PurchaseOrder po = new PurchaseOrder(order, supplierId, total(positions.stream().map(planned::get).toList()), clock.instant());
      positions.forEach(i -> po.add(new OrderLine(po, i + 1, planned.get(i))));
      order.add(po);
    });
    return order;
  }

  private static Money total(List<PlannedLine> lines) {
    String currency = lines.get(0).price().unitPrice().currency();
    BigDecimal sum = lines.stream()
        .map(l -> l.price().unitPrice().amount().multiply(BigDecimal.valueOf(l.quantity())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Money.of(sum, currency);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

}
