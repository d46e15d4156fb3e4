// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.switching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.extranet.marketplace.catalog.pricing.PriceResolution;
import org.extranet.marketplace.ordering.Order;
import org.extranet.marketplace.ordering.OrderLine;
import org.extranet.marketplace.ordering.PurchaseOrder;
import org.extranet.marketplace.ordering.ledger.OrderEvent;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * Keeps the switching and customer-tier facts as orders are placed, in the placing step's transaction: for
 * each line, the buyer's incumbent for its category at that moment (read from the monthly spend kept here,
 * before the line itself is added) and whether the buyer switched away from it. A placed order is a choice
 * made: a later cancellation or rejection does not undo it.
 */
@ApplicationScoped
public class PurchaseFacts {

  @PersistenceContext EntityManager em;

  void on(@Observes OrderEvent step) {
    if (step.type() != OrderEventType.PLACED) {
      return;
    }
    Order order = em.find(Order.class, step.orderId());
    LocalDate day = step.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate();
    LocalDate month = day.withDayOfMonth(1);
    Map<String, String> incumbents = new HashMap<>(); // category → incumbent, read once per order
    for (PurchaseOrder po : order.purchaseOrders()) {
      for (OrderLine line : po.lines()) {
        String incumbent = incumbents.computeIfAbsent(line.category(), c -> incumbent(order.buyerId(), c, month));
        record(order, po, line, day, incumbent);
        addSpend(order.buyerId(), line.category(), po.supplierId(), month, line.amount().amount());
      }
    }
  }

  private String incumbent(String buyerId, String category, LocalDate month) {
    List<?> rows = em.createNativeQuery("SELECT supplier_id, SUM(spend) FROM category_spend WHERE buyer_id = ?"
            + " AND category_code = ? AND spend_month > ? AND spend_month <= ? GROUP BY supplier_id")
        .setParameter(1, buyerId).setParameter(2, category)
        .setParameter(3, java.sql.Date.valueOf(month.minusMonths(Incumbency.TRAILING_MONTHS)))
        .setParameter(4, java.sql.Date.valueOf(month))
        .getResultList();
    Map<String, BigDecimal> spend = new HashMap<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      spend.put((String) r[0], new BigDecimal(String.valueOf(r[1])));
    }
    return Incumbency.of(spend).orElse(null);
  }

  private void record(Order order, PurchaseOrder po, OrderLine line, LocalDate day, String incumbent) {
    BigDecimal list = line.listPrice().amount().multiply(BigDecimal.valueOf(line.quantity()));
    em.createNativeQuery("INSERT INTO purchase_fact (order_line_id, order_id, buyer_id, supplier_id, category_code,"
            + " placed_on, amount, list_amount, contract_price, incumbent_id, switched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, line.id()).setParameter(2, order.id()).setParameter(3, order.buyerId())
        .setParameter(4, po.supplierId()).setParameter(5, line.category()).setParameter(6, java.sql.Date.valueOf(day))
        .setParameter(7, line.amount().amount()).setParameter(8, list)
        .setParameter(9, line.priceSource() != PriceResolution.Source.LIST)
        .setParameter(10, incumbent)
        .setParameter(11, incumbent != null && !incumbent.equals(po.supplierId()))
        .executeUpdate();
  }

  private void addSpend(String buyerId, String category, String supplierId, LocalDate month, BigDecimal amount) {
    em.createNativeQuery("INSERT INTO category_spend (buyer_id, category_code, supplier_id, spend_month, spend) VALUES (?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE spend = spend + VALUES(spend)")
        .setParameter(1, buyerId).setParameter(2, category).setParameter(3, supplierId)
        .setParameter(4, java.sql.Date.valueOf(month)).setParameter(5, amount)
        .executeUpdate();
  }
}
