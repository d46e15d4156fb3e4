// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw aggregate SQL of bench/metrics: order cost per group straight from the ledger, one query, every step
 * priced in SQL by the README's formula with the cost model's figures as saved (the newest revision):
 * minutes (0 automated; measured time on task; else the manual or portal minutes of the step's activity) ×
 * the role's hourly rate ÷ 60, plus the medium's fee when the step sends a document; plus the platform's cost
 * per order. By supplier, an order's own steps and its platform share are split evenly between its purchase
 * orders, as the endpoint does.
 */
final class RawOrderCost {

  private static final String FIGURES = "fig AS (SELECT kind, item, figure FROM cost_model_figure"
      + " WHERE revision_id = (SELECT MAX(id) FROM cost_model_revision))";

  /** One priced step: its group key, its cost, and the share of an order it stands for in the count. */
  private static final String STEP_COST = "(CASE WHEN e.automated THEN 0 WHEN e.time_on_task_seconds IS NOT NULL"
      + " THEN e.time_on_task_seconds / 60.0 ELSE mm.figure END) * COALESCE(rt.figure, 0) / 60.0"
      + " + CASE WHEN a.sends_document AND NOT e.rework THEN COALESCE(fee.figure, 0) ELSE 0 END";

  private static final String PRICING = " JOIN bench_activity a ON a.type = e.type"
      + " LEFT JOIN fig mm ON mm.kind = CASE WHEN e.channel = 'MANUAL' THEN 'MANUAL_MINUTES' ELSE 'PORTAL_MINUTES' END"
      + "   AND mm.item = CASE WHEN e.rework THEN 'CORRECTION' ELSE a.activity END"
      + " LEFT JOIN fig rt ON rt.kind = 'HOURLY_RATE' AND rt.item = e.actor_role"
      + " LEFT JOIN fig fee ON fee.kind = 'DOCUMENT_FEE'"
      + "   AND fee.item = CASE WHEN e.channel = 'MANUAL' THEN COALESCE(e.source, 'PHONE') ELSE e.channel END";

  private static final String PRICED = " (a.activity IS NOT NULL OR e.rework)";
  private static final String PERIOD = " o.submitted_at >= ? AND o.submitted_at < ?";

  private RawOrderCost() {}

  static String sql(String groupBy) {
    if (groupBy.equals("supplier")) {
      return supplierSql();
    }
    String key = switch (groupBy) {
      case "channel" -> "o.channel";
      case "month" -> "DATE_FORMAT(o.submitted_at, '%Y-%m')";
      case "buyer" -> "o.buyer_id";
      default -> throw new IllegalArgumentException(groupBy);
    };
    return "WITH " + FIGURES + ", steps AS (SELECT " + key + " AS k, SUM(" + STEP_COST + ") AS cost"
        + " FROM customer_order o JOIN order_event e ON e.order_id = o.id" + PRICING
        + " WHERE" + PERIOD + " AND" + PRICED + " GROUP BY " + key + "),"
        + " orders AS (SELECT " + key + " AS k, COUNT(*) AS n FROM customer_order o WHERE" + PERIOD + " GROUP BY " + key + ")"
        + " SELECT orders.k, orders.n * (SELECT figure FROM fig WHERE kind = 'PLATFORM') + COALESCE(steps.cost, 0)"
        + " FROM orders LEFT JOIN steps ON steps.k = orders.k";
  }

  /** Purchase-order steps to their supplier; the order's own steps and its platform cost split over its purchase orders. */
  private static String supplierSql() {
    String shares = "(SELECT order_id, COUNT(*) AS n FROM purchase_order GROUP BY order_id)";
    return "WITH " + FIGURES + " SELECT k, SUM(cost) FROM ("
        + " SELECT po.supplier_id AS k, " + STEP_COST + " AS cost FROM customer_order o JOIN order_event e ON e.order_id = o.id"
        + " JOIN purchase_order po ON po.id = e.purchase_order_id" + PRICING + " WHERE" + PERIOD + " AND" + PRICED
        + " UNION ALL"
        + " SELECT po.supplier_id, (" + STEP_COST + ") / s.n FROM customer_order o JOIN order_event e ON e.order_id = o.id"
        + " AND e.purchase_order_id IS NULL JOIN purchase_order po ON po.order_id = o.id JOIN " + shares + " s ON s.order_id = o.id"
        + PRICING + " WHERE" + PERIOD + " AND" + PRICED
        + " UNION ALL"
        + " SELECT po.supplier_id, (SELECT figure FROM fig WHERE kind = 'PLATFORM') / s.n FROM customer_order o"
        + " JOIN purchase_order po ON po.order_id = o.id JOIN " + shares + " s ON s.order_id = o.id WHERE" + PERIOD
        + ") x GROUP BY k";
  }

  /** key → total cost in the period [from, to] (both days included). */
  static Map<String, BigDecimal> run(Connection c, String sql, LocalDate from, LocalDate to) throws Exception {
    Map<String, BigDecimal> totals = new TreeMap<>();
    int periods = sql.split("o\\.submitted_at >= \\?", -1).length - 1;
    try (PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < periods; i++) {
        q.setObject(2 * i + 1, from.atStartOfDay());
        q.setObject(2 * i + 2, to.plusDays(1).atStartOfDay());
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          totals.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, java.math.RoundingMode.HALF_UP));
        }
      }
    }
    return totals;
  }
}
