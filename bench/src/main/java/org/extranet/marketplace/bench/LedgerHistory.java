// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.extranet.marketplace.metrics.cost.Activity;
import org.extranet.marketplace.metrics.cost.Medium;
import org.extranet.marketplace.ordering.ledger.ActorRole;
import org.extranet.marketplace.ordering.ledger.Channel;
import org.extranet.marketplace.ordering.ledger.ManualSource;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * bench/metrics' data: a year of orders written straight into the ledger tables (orders, purchase orders,
 * ledger steps) together with the cost facts the application's ledger observer ({@code CostFacts}) keeps for
 * each step — the same mapping, through the application's own {@link Activity} and {@link Medium}. Setup,
 * not measured: a million orders through the use cases would take hours, and the benchmark measures reading.
 * The mix moves from manual to electronic over the year, as the demo's history does.
 */
final class LedgerHistory {

  /** One ledger step as the generator plans it. */
  private record Step(OrderEventType type, Long purchaseOrderId, Channel channel, ManualSource source, ActorRole role,
      boolean automated, Integer seconds, Instant at) {}

  private static final int BATCH_ORDERS = 500;

  private final String jdbc;
  private final String user;
  private final String password;

  LedgerHistory(String jdbc, String user, String password) {
    this.jdbc = jdbc;
    this.user = user;
    this.password = password;
  }

  /** Writes {@code orders} orders with {@code threads} connections; returns the ledger rows written. */
  long write(int orders, int threads) throws Exception {
    List<String> buyers;
    List<String> suppliers;
    long orderBase;
    long poBase;
    long eventBase;
    try (Connection c = connect(); Statement s = c.createStatement()) {
      buyers = strings(s, "SELECT id FROM organization WHERE kind = 'BUYER' ORDER BY id");
      suppliers = strings(s, "SELECT DISTINCT supplier_id FROM product ORDER BY supplier_id");
      orderBase = number(s, "SELECT COALESCE(MAX(id), 0) FROM customer_order") + 1000;
      poBase = number(s, "SELECT COALESCE(MAX(id), 0) FROM purchase_order") + 1000;
      eventBase = number(s, "SELECT COALESCE(MAX(id), 0) FROM order_event") + 1000;
    }
    Instant end = Instant.now().minus(Duration.ofDays(1));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Long>> parts = new ArrayList<>();
    int per = (orders + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * per;
      int to = Math.min(orders, from + per);
      parts.add(pool.submit(() -> writeRange(from, to, buyers, suppliers, orderBase, poBase, eventBase, end)));
    }
    long rows = 0;
    for (Future<Long> part : parts) {
      rows += part.get();
    }
    pool.shutdown();
    return rows;
  }

  /** Orders [from, to): ids are offsets from the bases (at most 2 purchase orders and 16 steps per order). */
  private long writeRange(int from, int to, List<String> buyers, List<String> suppliers, long orderBase, long poBase,
      long eventBase, Instant end) throws Exception {
    Random random = new Random(from);
    long events = 0;
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET foreign_key_checks = 0");
        s.execute("SET unique_checks = 0");
      }
      try (PreparedStatement order = c.prepareStatement("INSERT INTO customer_order (id, buyer_id, requester, status, channel,"
              + " total_amount, total_currency, submitted_at, version) VALUES (?, ?, 'bench@example.com', 'PLACED', ?, ?, 'USD', ?, 0)");
          PreparedStatement po = c.prepareStatement("INSERT INTO purchase_order (id, order_id, supplier_id, buyer_id, status,"
              + " total_amount, total_currency, created_at, sent_at, acknowledged_at, version)"
              + " VALUES (?, ?, ?, ?, 'ACCEPTED', ?, 'USD', ?, ?, ?, 0)");
          PreparedStatement event = c.prepareStatement("INSERT INTO order_event (id, order_id, purchase_order_id, type, channel,"
              + " source, actor, actor_organization_id, actor_role, automated, time_on_task_seconds, rework, occurred_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, FALSE, ?)");
          PreparedStatement costOrder = c.prepareStatement("INSERT INTO order_cost_order (order_id, buyer_id, channel,"
              + " submitted_on, purchase_orders) VALUES (?, ?, ?, ?, ?)");
          PreparedStatement fact = c.prepareStatement("INSERT INTO order_cost_fact (order_id, purchase_order_id, activity, medium,"
              + " actor_role, modelled_steps, automated_steps, measured_steps, measured_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int n = from; n < to; n++) {
          long orderId = orderBase + n;
          Instant at = end.minus(Duration.ofSeconds((long) (random.nextDouble() * 365 * 86400)));
          double yearDone = 1 - Duration.between(at, end).toSeconds() / (365.0 * 86400);
          boolean manual = random.nextDouble() < Math.max(0.03, 0.85 - 0.82 * yearDone);
          Channel channel = manual ? Channel.MANUAL : List.of(Channel.PORTAL, Channel.PORTAL, Channel.REST, Channel.EDI).get(random.nextInt(4));
          ManualSource source = manual ? ManualSource.values()[random.nextInt(3)] : null;
          String buyer = buyers.get(random.nextInt(buyers.size()));
          int purchaseOrders = random.nextInt(10) < 7 ? 1 : 2;
          List<Step> steps = new ArrayList<>();
          steps.add(submitted(channel, source, random, at));
          steps.add(new Step(OrderEventType.PLACED, null, Channel.SYSTEM, null, ActorRole.SYSTEM, true, null, at.plusSeconds(1)));
          for (int p = 0; p < purchaseOrders; p++) {
            long poId = poBase + 2L * n + p;
            po.setLong(1, poId);
            po.setLong(2, orderId);
            po.setString(3, suppliers.get(random.nextInt(suppliers.size())));
            po.setString(4, buyer);
            po.setBigDecimal(5, java.math.BigDecimal.valueOf(100 + random.nextInt(5000)));
            po.setTimestamp(6, ts(at));
            po.setTimestamp(7, ts(at.plusSeconds(60)));
            po.setTimestamp(8, ts(at.plusSeconds(3 * 3600)));
            po.addBatch();
            fulfilment(steps, poId, channel, random, at);
          }
          order.setLong(1, orderId);
          order.setString(2, buyer);
          order.setString(3, channel.name());
          order.setBigDecimal(4, java.math.BigDecimal.valueOf(100 + random.nextInt(9000)));
          order.setTimestamp(5, ts(at));
          order.addBatch();
          costOrder.setLong(1, orderId);
          costOrder.setString(2, buyer);
          costOrder.setString(3, channel.name());
          costOrder.setDate(4, java.sql.Date.valueOf(at.atOffset(ZoneOffset.UTC).toLocalDate()));
          costOrder.setInt(5, purchaseOrders);
          costOrder.addBatch();
          Map<String, long[]> facts = new LinkedHashMap<>();
          for (int i = 0; i < steps.size(); i++) {
            Step st = steps.get(i);
            event.setLong(1, eventBase + 16L * n + i);
            event.setLong(2, orderId);
            event.setObject(3, st.purchaseOrderId());
            event.setString(4, st.type().name());
            event.setString(5, st.channel().name());
            event.setString(6, st.source() == null ? null : st.source().name());
            event.setString(7, st.role().name());
            event.setBoolean(8, st.automated());
            event.setObject(9, st.seconds());
            event.setTimestamp(10, ts(st.at()));
            event.addBatch();
            events++;
            addFact(facts, st);
          }
          for (Map.Entry<String, long[]> f : facts.entrySet()) {
            String[] key = f.getKey().split("\\|");
            long[] v = f.getValue();
            fact.setLong(1, orderId);
            fact.setLong(2, Long.parseLong(key[0]));
            fact.setString(3, key[1]);
            fact.setString(4, key[2]);
            fact.setString(5, key[3]);
            fact.setLong(6, v[0]);
            fact.setLong(7, v[1]);
            fact.setLong(8, v[2]);
            fact.setLong(9, v[3]);
            fact.addBatch();
          }
          if ((n - from + 1) % BATCH_ORDERS == 0 || n == to - 1) {
            order.executeBatch();
            po.executeBatch();
            event.executeBatch();
            costOrder.executeBatch();
            fact.executeBatch();
            c.commit();
          }
        }
      }
    }
    return events;
  }

  /** What CostFacts adds for one step: modelled, automated, measured steps and measured seconds per key. */
  private static void addFact(Map<String, long[]> facts, Step st) {
    Activity activity = Activity.of(st.type(), false).orElse(null);
    if (activity == null) {
      return;
    }
    boolean measured = !st.automated() && st.seconds() != null;
    String key = (st.purchaseOrderId() == null ? 0L : st.purchaseOrderId()) + "|" + activity.name() + "|"
        + Medium.of(st.channel(), st.source()).name() + "|" + st.role().name();
    long[] v = facts.computeIfAbsent(key, k -> new long[4]);
    v[0] += st.automated() || measured ? 0 : 1;
    v[1] += st.automated() ? 1 : 0;
    v[2] += measured ? 1 : 0;
    v[3] += measured ? st.seconds() : 0;
  }

  private static Step submitted(Channel channel, ManualSource source, Random random, Instant at) {
    return switch (channel) {
      case MANUAL -> new Step(OrderEventType.SUBMITTED, null, channel, source, ActorRole.SUPPLIER, false, 1200 + random.nextInt(1200), at);
      case PORTAL -> new Step(OrderEventType.SUBMITTED, null, channel, null, ActorRole.BUYER, false, 150 + random.nextInt(330), at);
      default -> new Step(OrderEventType.SUBMITTED, null, channel, null, ActorRole.PARTNER_SYSTEM, true, null, at);
    };
  }

  /** A purchase order's life: sent, accepted, shipped, delivered, received, invoiced — by hand or electronically. */
  private static void fulfilment(List<Step> steps, long po, Channel channel, Random random, Instant at) {
    boolean manual = channel == Channel.MANUAL;
    boolean edi = channel == Channel.EDI;
    steps.add(new Step(OrderEventType.PURCHASE_ORDER_SENT, po, edi ? Channel.EDI : Channel.SYSTEM, null, ActorRole.SYSTEM, true, null,
        at.plusSeconds(60)));
    steps.add(supplierStep(OrderEventType.PURCHASE_ORDER_ACCEPTED, po, manual, edi, ManualSource.FAX, random, at.plusSeconds(3 * 3600)));
    steps.add(supplierStep(OrderEventType.SHIPPED, po, manual, edi, ManualSource.FAX, random, at.plusSeconds(30 * 3600)));
    steps.add(manual
        ? new Step(OrderEventType.DELIVERED, po, Channel.MANUAL, ManualSource.PHONE, ActorRole.SUPPLIER, false, null, at.plusSeconds(80 * 3600))
        : new Step(OrderEventType.DELIVERED, po, Channel.REST, null, ActorRole.PARTNER_SYSTEM, true, null, at.plusSeconds(80 * 3600)));
    steps.add(manual
        ? new Step(OrderEventType.RECEIPT_CONFIRMED, po, Channel.MANUAL, ManualSource.PHONE, ActorRole.BUYER, false, null, at.plusSeconds(90 * 3600))
        : new Step(OrderEventType.RECEIPT_CONFIRMED, po, Channel.PORTAL, null, ActorRole.BUYER, false, 20 + random.nextInt(70), at.plusSeconds(90 * 3600)));
    steps.add(supplierStep(OrderEventType.INVOICED, po, manual, edi, ManualSource.FAX, random, at.plusSeconds(100 * 3600)));
  }

  private static Step supplierStep(OrderEventType type, long po, boolean manual, boolean edi, ManualSource source, Random random, Instant at) {
    if (manual) {
      return new Step(type, po, Channel.MANUAL, source, ActorRole.SUPPLIER, false, null, at);
    }
    return edi ? new Step(type, po, Channel.EDI, null, ActorRole.PARTNER_SYSTEM, true, null, at)
        : new Step(type, po, Channel.PORTAL, null, ActorRole.SUPPLIER, false, 30 + random.nextInt(120), at);
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection(jdbc, user, password);
  }

  private static Timestamp ts(Instant at) {
    return Timestamp.from(at);
  }

  private static List<String> strings(Statement s, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static long number(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
