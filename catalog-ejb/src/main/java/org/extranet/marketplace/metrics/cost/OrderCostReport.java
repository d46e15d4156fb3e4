// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.metrics.cost;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.organization.Caller;
import org.extranet.marketplace.organization.MemberRole;
import org.extranet.marketplace.organization.Tenancy;
import org.extranet.marketplace.shared.InvalidInputException;

/**
 * Order cost by channel, supplier, buyer or month (GET /metrics/order-cost): the facts kept per ledger step
 * ({@link CostFacts}) summed per group and priced with the model in force — a few rows per group, however
 * many orders. By supplier, an order's own steps and its platform share are split evenly between its
 * purchase orders, so `orders` is the supplier's share of orders. The operator sees every order; a buyer
 * organization its own; a supplier its own purchase orders' share.
 */
@Stateless
public class OrderCostReport {

  public enum GroupBy { CHANNEL, SUPPLIER, BUYER, MONTH }

  /** One group: its key, how many orders (or order shares), their average and total cost, saving vs manual. */
  public record Row(String key, BigDecimal orders, BigDecimal averageCost, BigDecimal totalCost, BigDecimal savingsVsManual) {}

  @Inject Caller caller;
  @Inject Tenancy tenancy;
  @Inject CostModels models;
  @PersistenceContext EntityManager em;

  public List<Row> report(LocalDate from, LocalDate to, GroupBy groupBy) {
    return report(from, to, List.of(groupBy));
  }

  /** Grouped by several dimensions at once (e.g. month and channel for a chart): keys joined with "|". */
  public List<Row> report(LocalDate from, LocalDate to, List<GroupBy> groups) {
    if (from.isAfter(to)) {
      throw InvalidInputException.of("from", "must not be after to");
    }
    boolean bySupplier = groups.contains(GroupBy.SUPPLIER) || isSupplier();
    List<String> parts = groups.stream().map(OrderCostReport::column).toList();
    String key = parts.size() == 1 ? parts.get(0) : "CONCAT(" + String.join(", '|', ", parts) + ")";
    String where = " WHERE o.submitted_on >= ? AND o.submitted_on <= ?" + scope();
    List<Object> facts = new ArrayList<>();
    if (bySupplier) {
      // a purchase order's own steps go to its supplier; the order's steps are split evenly between its
      // purchase orders — two queries rather than one join with OR, which no index serves
      facts.addAll(facts(key, "1", " JOIN purchase_order po ON po.id = f.purchase_order_id", where, from, to));
      facts.addAll(facts(key, "1.0 / o.purchase_orders",
          " JOIN purchase_order po ON po.order_id = f.order_id AND f.purchase_order_id = 0", where, from, to));
    } else {
      facts.addAll(facts(key, "1", "", where, from, to));
    }
    String orderShare = bySupplier ? "SUM(1.0 / o.purchase_orders)" : "COUNT(*)";
    String orderJoin = bySupplier ? " JOIN purchase_order po ON po.order_id = o.order_id" : "";
    List<?> orders = bind(em.createNativeQuery("SELECT " + key + ", " + orderShare + " FROM order_cost_order o" + orderJoin
        + where + " GROUP BY " + key), from, to).getResultList();
    return rows(facts, orders);
  }

  /** The facts summed per group × activity × medium × role, each counted with {@code weight}. */
  private List<?> facts(String key, String weight, String join, String where, LocalDate from, LocalDate to) {
    return bind(em.createNativeQuery("SELECT " + key + ", f.activity, f.medium, f.actor_role,"
        + " SUM(f.modelled_steps * " + weight + "), SUM(f.automated_steps * " + weight + "),"
        + " SUM(f.measured_steps * " + weight + "), SUM(f.measured_seconds * " + weight + ")"
        + " FROM order_cost_fact f JOIN order_cost_order o ON o.order_id = f.order_id" + join + where
        + " GROUP BY " + key + ", f.activity, f.medium, f.actor_role"), from, to).getResultList();
  }

  /** The SQL for one dimension; months as 2026-11 (LPAD keeps them sortable as text). */
  private static String column(GroupBy groupBy) {
    return switch (groupBy) {
      case CHANNEL -> "o.channel";
      case BUYER -> "o.buyer_id";
      case MONTH -> "CONCAT(CAST(YEAR(o.submitted_on) AS CHAR), '-', LPAD(CAST(MONTH(o.submitted_on) AS CHAR), 2, '0'))";
      case SUPPLIER -> "po.supplier_id";
    };
  }

  private List<Row> rows(List<?> facts, List<?> orders) {
    OrderCosting costing = new OrderCosting(models.current().model());
    Map<String, BigDecimal> cost = new LinkedHashMap<>();
    for (Object o : facts) {
      Object[] f = (Object[]) o;
      BigDecimal priced = costing.price(Activity.valueOf((String) f[1]), Medium.valueOf((String) f[2]),
          ActorRole.valueOf((String) f[3]), decimal(f[4]), decimal(f[5]), decimal(f[6]), decimal(f[7]));
      cost.merge(String.valueOf(f[0]), priced, BigDecimal::add);
    }
    BigDecimal baseline = costing.manualBaseline();
    Map<String, Row> rows = new TreeMap<>();
    for (Object o : orders) {
      Object[] r = (Object[]) o;
      String key = String.valueOf(r[0]);
      BigDecimal count = decimal(r[1]);
      BigDecimal total = cost.getOrDefault(key, BigDecimal.ZERO).add(count.multiply(costing.platformCostPerOrder()));
      BigDecimal shown = count.remainder(BigDecimal.ONE).signum() == 0 ? count.setScale(0, RoundingMode.UNNECESSARY)
          : count.setScale(2, RoundingMode.HALF_UP); // whole orders, or a supplier's shares
      rows.put(key, new Row(key, shown,
          count.signum() == 0 ? BigDecimal.ZERO : OrderCosting.money(total.divide(count, 4, RoundingMode.HALF_UP)),
          OrderCosting.money(total), OrderCosting.money(count.multiply(baseline).subtract(total))));
    }
    return new ArrayList<>(rows.values());
  }

  private String scope() {
    if (tenancy.seesAll()) {
      return "";
    }
    return isSupplier() ? " AND po.supplier_id = ?" : " AND o.buyer_id = ?";
  }

  private boolean isSupplier() {
    return !tenancy.seesAll() && caller.hasRole(MemberRole.SUPPLIER);
  }

  private jakarta.persistence.Query bind(jakarta.persistence.Query query, LocalDate from, LocalDate to) {
    query.setParameter(1, java.sql.Date.valueOf(from)).setParameter(2, java.sql.Date.valueOf(to));
    return tenancy.seesAll() ? query : query.setParameter(3, caller.organizationId());
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
  }
}
