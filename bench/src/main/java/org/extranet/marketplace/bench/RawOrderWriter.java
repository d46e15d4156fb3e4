// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The baseline: what placing one order writes (V13__ordering.sql), done with plain JDBC in one transaction —
 * the Idempotency-Key row, a conditional stock update and a catalog change per line, the order, one purchase
 * order per supplier, the lines, the SUBMITTED and PLACED ledger events, an outbox row per purchase order,
 * and the key's order id. No reads, no pricing, no checks beyond the stock condition: the floor the API is
 * measured against. Its connections use the isolation and Connector/J settings of the application's pool.
 */
final class RawOrderWriter implements AutoCloseable {

  private static final String GLOBEX = "6f1c0a00-0000-4000-8000-000000000002";

  private final BlockingQueue<Connection> connections;

  RawOrderWriter(String jdbc, String user, String password, int size) throws SQLException {
    connections = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Connection c = DriverManager.getConnection(jdbc, user, password);
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // as the application's pool (glassfish-resources.xml)
      connections.add(c);
    }
  }

  boolean place(List<OrderPlacementBench.Product> lines, String key) throws Exception {
    Connection db = connections.take();
    try {
      boolean placed = write(db, lines, key);
      if (placed) {
        db.commit();
      } else {
        db.rollback();
      }
      return placed;
    } catch (SQLException e) {
      db.rollback();
      throw e;
    } finally {
      connections.add(db);
    }
  }

  private static boolean write(Connection db, List<OrderPlacementBench.Product> lines, String key) throws SQLException {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    update(db, "insert into order_submission_key (organization_id, idempotency_key, request_sha256, created_at) values (?, ?, ?, ?)",
        GLOBEX, key, "0".repeat(64), now);
    List<OrderPlacementBench.Product> byId = lines.stream().sorted(Comparator.comparingLong(OrderPlacementBench.Product::id)).toList();
    for (OrderPlacementBench.Product p : byId) {
      if (update(db, "update product set stock_on_hand = stock_on_hand - 1 where id = ? and stock_on_hand >= 1", p.id()) != 1) {
        return false;
      }
      update(db, "insert into catalog_change (product_id, changed_at) values (?, ?)", p.id(), now);
    }
    Map<String, List<OrderPlacementBench.Product>> bySupplier = new LinkedHashMap<>();
    lines.forEach(p -> bySupplier.computeIfAbsent(p.supplierId(), s -> new ArrayList<>()).add(p));
    long orderId = insert(db, "insert into customer_order (buyer_id, requester, status, channel, total_amount, total_currency, note,"
        + " submitted_at, version) values (?, 'gus@globex.example', 'PLACED', 'REST', ?, 'USD', 'bench', ?, 0)", GLOBEX, total(lines), now);
    int number = 1;
    List<Long> purchaseOrders = new ArrayList<>();
    for (Map.Entry<String, List<OrderPlacementBench.Product>> supplier : bySupplier.entrySet()) {
      long po = insert(db, "insert into purchase_order (order_id, supplier_id, buyer_id, status, total_amount, total_currency, created_at,"
          + " version) values (?, ?, ?, 'QUEUED', ?, 'USD', ?, 0)", orderId, supplier.getKey(), GLOBEX, total(supplier.getValue()), now);
      purchaseOrders.add(po);
      for (OrderPlacementBench.Product p : supplier.getValue()) {
        update(db, "insert into order_line (order_id, purchase_order_id, line_number, product_id, sku, name, category_code, quantity,"
            + " unit_price_amount, unit_price_currency, list_price_amount, price_source, availability, reserved_quantity)"
            + " values (?, ?, ?, ?, ?, ?, ?, 1, ?, 'USD', ?, 'LIST', 'SHIP_NOW', 1)",
            orderId, po, number++, p.id(), p.sku(), p.name(), p.category(), new BigDecimal(p.price()), new BigDecimal(p.price()));
      }
    }
    for (String type : List.of("SUBMITTED", "PLACED")) {
      update(db, "insert into order_event (order_id, type, channel, actor, actor_organization_id, actor_role, automated, rework,"
          + " occurred_at) values (?, ?, 'REST', 'gus@globex.example', ?, 'BUYER', false, false, ?)", orderId, type, GLOBEX, now);
    }
    for (long po : purchaseOrders) {
      update(db, "insert into outbox_message (recipient_id, channel, document_type, document_id, status, attempts, next_attempt_at,"
          + " created_at) select supplier_id, 'PORTAL', 'PURCHASE_ORDER', id, 'PENDING', 0, ?, ? from purchase_order where id = ?", now, now, po);
    }
    update(db, "update order_submission_key set order_id = ? where organization_id = ? and idempotency_key = ?", orderId, GLOBEX, key);
    return true;
  }

  private static BigDecimal total(List<OrderPlacementBench.Product> lines) {
    return lines.stream().map(p -> new BigDecimal(p.price())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static int update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      return s.executeUpdate();
    }
  }

  private static long insert(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(s, values);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : connections) {
      c.close();
    }
  }
}
