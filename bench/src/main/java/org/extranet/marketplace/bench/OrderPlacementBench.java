// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bench/order-placement: placing orders through {@code POST /api/v1/orders} (HTTP, JWT, Idempotency-Key) at N
 * clients, against {@link RawOrderWriter} doing the same row writes over plain JDBC at N connections, on the
 * same MariaDB in the same run. Each order has 2–3 lines from two suppliers (two purchase orders).
 *
 * <pre>measure jdbcUrl user password apiBase tokenUrl clients warmupSeconds seconds retries out.md [payaraPid mariadbPid]</pre>
 *
 * With the two pids, each measured phase also reports the CPU time Payara, MariaDB and this client used
 * (from /proc) and Payara's thread count: where the time of an order goes. After each phase the rows the
 * phase wrote are counted per order, table by table, so that the two paths can be seen to write the same rows.
 */
public final class OrderPlacementBench {

  /** A product an order may carry: quantity 1 allowed, list price, its supplier. */
  record Product(long id, String supplierId, String sku, String name, String category, String price) {}

  /** What one placement path does for one order; true when the order was made. */
  private interface Placer {
    boolean place(List<Product> lines, String key) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    String jdbc = args[1];
    String user = args[2];
    String password = args[3];
    String api = args[4];
    String tokenUrl = args[5];
    int clients = Integer.parseInt(args[6]);
    int warmup = Integer.parseInt(args[7]);
    int seconds = Integer.parseInt(args[8]);
    int retries = Integer.parseInt(args[9]);
    Path out = Path.of(args[10]);
    Processes processes = args.length > 12
        ? new Processes(Long.parseLong(args[11]), Long.parseLong(args[12]), ProcessHandle.current().pid())
        : null;
    // HttpURLConnection keeps at most 5 idle connections per host by default: the other clients would open a
    // new TCP connection for every order and measure that, not the marketplace
    System.setProperty("http.maxConnections", String.valueOf(Math.max(5, clients)));

    List<Product> products;
    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      products = products(db);
      // setup, not measured: enough stock that no order of either path runs short
      try (Statement s = db.createStatement()) {
        s.executeUpdate("update product set stock_on_hand = 10000000");
      }
    }
    System.out.println(products.size() + " orderable products from " + products.stream().map(Product::supplierId).distinct().count() + " suppliers");

    ApiOrders viaApi = new ApiOrders(api, Tokens.password(tokenUrl, "gus@globex.example"));
    RawOrderWriter raw = new RawOrderWriter(jdbc, user, password, clients);

    System.out.println("warming up both paths …");
    run(viaApi::place, products, clients, warmup);
    run(raw::place, products, clients, warmup);
    System.out.println("measuring the REST API …");
    viaApi.renewToken(Tokens.password(tokenUrl, "gus@globex.example"));
    Phase apiPhase = measured(jdbc, user, password, processes, () -> run(viaApi::place, products, clients, seconds));
    System.out.println("measuring raw JDBC …");
    Phase rawPhase = measured(jdbc, user, password, processes, () -> run(raw::place, products, clients, seconds));
    System.out.println("checking idempotent retries …");
    Retries retried = viaApi.retries(products, retries);
    raw.close();

    String report = report(clients, seconds, apiPhase, rawPhase, retried, products.size());
    Files.writeString(out, report);
    System.out.println(report);
  }

  /** Products of ACTIVE suppliers that quantity 1 may order (MOQ 1, pack 1, not contract-only, not withdrawn). */
  static List<Product> products(Connection db) throws SQLException {
    List<Product> products = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
        "select p.id, p.supplier_id, p.sku, p.name, p.category_code, p.list_price_amount from product p"
            + " join membership m on m.organization_id = p.supplier_id and m.status = 'ACTIVE'"
            + " where p.withdrawn_at is null and p.contract_only = false and p.min_order_quantity = 1 and p.pack_size = 1"
            + " and p.list_price_currency = 'USD'")) {
      while (rs.next()) {
        products.add(new Product(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getBigDecimal(6).toPlainString()));
      }
    }
    return products;
  }

  /** 2 or 3 lines: two suppliers, distinct products. */
  static List<Product> pick(List<Product> products) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Product first = products.get(random.nextInt(products.size()));
    Product second;
    do {
      second = products.get(random.nextInt(products.size()));
    } while (second.supplierId().equals(first.supplierId()));
    List<Product> lines = new ArrayList<>(List.of(first, second));
    if (random.nextBoolean()) {
      Product third;
      do {
        third = products.get(random.nextInt(products.size()));
      } while (!third.supplierId().equals(first.supplierId()) || third.id() == first.id());
      lines.add(third);
    }
    return lines;
  }

  /** The retry phase: orders sent twice, answers naming another order, replays without the header. */
  record Retries(int sent, int mismatches, int unmarked) {}

  record Result(int orders, int failures, double seconds, List<Long> latencies) {
    double rate() {
      return orders / seconds;
    }

    double percentile(double p) {
      List<Long> sorted = latencies.stream().sorted().toList();
      return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }
  }

  /** Every client places orders one after another for {@code seconds}. */
  private static Result run(Placer placer, List<Product> products, int clients, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    });
    long started = System.nanoTime();
    long until = started + seconds * 1_000_000_000L;
    AtomicInteger failures = new AtomicInteger();
    Map<String, String> firstFailure = new ConcurrentHashMap<>();
    List<Future<List<Long>>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        List<Long> times = new ArrayList<>();
        while (System.nanoTime() < until) {
          long t = System.nanoTime();
          try {
            if (placer.place(pick(products), UUID.randomUUID().toString())) {
              times.add(System.nanoTime() - t);
            } else {
              failures.incrementAndGet();
            }
          } catch (Exception e) {
            failures.incrementAndGet();
            firstFailure.putIfAbsent("first", e.toString());
          }
        }
        return times;
      }));
    }
    List<Long> all = new ArrayList<>();
    try {
      for (Future<List<Long>> f : futures) {
        all.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    firstFailure.values().forEach(f -> System.out.println("first failure: " + f));
    return new Result(all.size(), failures.get(), elapsed, all);
  }

  private static String report(int clients, int seconds, Phase apiPhase, Phase rawPhase, Retries retried, int products) {
    Result api = apiPhase.result();
    Result raw = rawPhase.result();
    StringBuilder md = new StringBuilder();
    md.append("| path | clients | orders | failed | orders/s | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|---|---|\n");
    for (var row : List.of(Map.entry("REST API (POST /orders, JWT, Idempotency-Key)", api), Map.entry("raw JDBC (same row writes)", raw))) {
      Result r = row.getValue();
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", row.getKey(), clients, r.orders(),
          r.failures(), r.rate(), r.percentile(0.50), r.percentile(0.95), r.percentile(0.99)));
    }
    double rateRatio = api.rate() / raw.rate();
    double p99Ratio = api.percentile(0.99) / raw.percentile(0.99);
    md.append(String.format(Locale.ROOT, "%n| ratio | value | goal | met |%n|---|---|---|---|%n"));
    md.append(String.format(Locale.ROOT, "| API rate ÷ raw rate | %.2f | ≥ 0.5 | %s |%n", rateRatio, rateRatio >= 0.5 ? "yes" : "no"));
    md.append(String.format(Locale.ROOT, "| API p99 ÷ raw p99 | %.2f | ≤ 2 | %s |%n", p99Ratio, p99Ratio <= 2 ? "yes" : "no"));
    md.append(String.format(Locale.ROOT, "%nIdempotent retries: %d orders sent twice with the same key and body; %d answered a different order,"
        + " %d replays were not marked `Idempotent-Replayed: true`.%n", retried.sent(), retried.mismatches(), retried.unmarked()));
    md.append(String.format(Locale.ROOT, "Each phase ran %d s after a warm-up; %d orderable products; every order 2–3 lines from two suppliers.%n",
        seconds, products));

    md.append("\nRows written per order in the measured phase (table row counts after ÷ before, over the orders made):\n\n| path |");
    TABLES.forEach(t -> md.append(' ').append(t).append(" |"));
    md.append("\n|---|").append("---|".repeat(TABLES.size())).append('\n');
    for (var row : List.of(Map.entry("REST API", apiPhase), Map.entry("raw JDBC", rawPhase))) {
      md.append("| ").append(row.getKey()).append(" |");
      for (String table : TABLES) {
        md.append(String.format(Locale.ROOT, " %.2f |", row.getValue().rowsPerOrder(table)));
      }
      md.append('\n');
    }
    if (apiPhase.cpu() != null && rawPhase.cpu() != null) {
      md.append("\nWhere the time went (CPU from /proc over each measured phase; the machine has ")
          .append(Runtime.getRuntime().availableProcessors()).append(" cores):\n\n")
          .append("| path | Payara CPU s/s | MariaDB CPU s/s | bench client CPU s/s | Payara CPU ms/order | MariaDB CPU ms/order"
              + " | client CPU ms/order | Payara threads (end) |\n|---|---|---|---|---|---|---|---|\n");
      for (var row : List.of(Map.entry("REST API", apiPhase), Map.entry("raw JDBC", rawPhase))) {
        Cpu c = row.getValue().cpu();
        double s = row.getValue().result().seconds();
        int n = Math.max(1, row.getValue().result().orders());
        md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n", row.getKey(), c.payara() / s,
            c.mariadb() / s, c.client() / s, c.payara() * 1000 / n, c.mariadb() * 1000 / n, c.client() * 1000 / n, c.payaraThreads()));
      }
    }
    return md.toString();
  }

  /** The tables placing an order writes to, as V13__ordering.sql and the catalog change log name them. */
  static final List<String> TABLES = List.of("customer_order", "purchase_order", "order_line", "order_event", "outbox_message",
      "order_submission_key", "catalog_change");

  /** One measured phase: its figures, the rows it wrote, and the CPU the processes spent meanwhile. */
  record Phase(Result result, Map<String, Long> rowsWritten, Cpu cpu) {
    double rowsPerOrder(String table) {
      long orders = rowsWritten.get("customer_order");
      return orders == 0 ? 0 : (double) rowsWritten.get(table) / orders;
    }
  }

  /** CPU seconds over a phase, and Payara's thread count at its end. */
  record Cpu(double payara, double mariadb, double client, int payaraThreads) {}

  private interface Measurement {
    Result run() throws Exception;
  }

  private static Phase measured(String jdbc, String user, String password, Processes processes, Measurement measurement)
      throws Exception {
    try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
      Map<String, Long> before = counts(db);
      double[] cpuBefore = processes == null ? null : processes.cpuSeconds();
      Result result = measurement.run();
      Cpu cpu = null;
      if (processes != null) {
        double[] cpuAfter = processes.cpuSeconds();
        cpu = new Cpu(cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1], cpuAfter[2] - cpuBefore[2], processes.payaraThreads());
      }
      Map<String, Long> after = counts(db);
      Map<String, Long> written = new java.util.LinkedHashMap<>();
      TABLES.forEach(t -> written.put(t, after.get(t) - before.get(t)));
      return new Phase(result, written, cpu);
    }
  }

  private static Map<String, Long> counts(Connection db) throws SQLException {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    try (Statement s = db.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  /** CPU time of Payara, MariaDB and this client from /proc/<pid>/stat (utime + stime, in clock ticks of 1/100 s). */
  record Processes(long payara, long mariadb, long client) {
    double[] cpuSeconds() throws java.io.IOException {
      return new double[] {ticks(payara) / 100.0, ticks(mariadb) / 100.0, ticks(client) / 100.0};
    }

    int payaraThreads() throws java.io.IOException {
      return Files.readAllLines(Path.of("/proc/" + payara + "/status")).stream().filter(l -> l.startsWith("Threads:"))
          .map(l -> Integer.parseInt(l.substring(8).strip())).findFirst().orElse(0);
    }

    private static long ticks(long pid) throws java.io.IOException {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // fields from the 3rd (state) on
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime (14th), stime (15th)
    }
  }

  private OrderPlacementBench() {}

  /** Bodies as the API takes them. */
  static String body(List<Product> lines) {
    StringBuilder json = new StringBuilder("{\"lines\":[");
    for (int i = 0; i < lines.size(); i++) {
      json.append(i == 0 ? "" : ",").append("{\"productId\":").append(lines.get(i).id()).append(",\"quantity\":1}");
    }
    return json.append("],\"note\":\"bench\"}").toString();
  }

  /** Orders through the REST API, one kept-alive HTTP connection per client thread (HttpURLConnection). */
  static final class ApiOrders {
    private final String api;
    private volatile String token;

    ApiOrders(String api, String token) {
      this.api = api;
      this.token = token;
    }

    void renewToken(String token) {
      this.token = token;
    }

    boolean place(List<Product> lines, String key) throws Exception {
      return post(body(lines), key).body().startsWith("201");
    }

    /** Sends {@code n} orders twice with the same key and body; counts answers naming another order or not marked replayed. */
    Retries retries(List<Product> products, int n) throws Exception {
      int mismatches = 0;
      int unmarked = 0;
      for (int i = 0; i < n; i++) {
        String key = UUID.randomUUID().toString();
        String body = body(pick(products));
        Answer first = post(body, key);
        Answer again = post(body, key);
        if (!first.body().startsWith("201") || !id(first.body()).equals(id(again.body()))) {
          mismatches++;
        }
        if (!"true".equals(again.replayed())) {
          unmarked++;
        }
      }
      return new Retries(n, mismatches, unmarked);
    }

    private static String id(String answer) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(answer);
      return m.find() ? m.group(1) : "none:" + answer;
    }

    /** "status body", and the Idempotent-Replayed header. */
    record Answer(String body, String replayed) {}

    private Answer post(String json, String key) throws Exception {
      java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(api + "/orders").toURL().openConnection();
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Authorization", "Bearer " + token);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setRequestProperty("Idempotency-Key", key);
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(60_000);
      connection.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
      int status = connection.getResponseCode();
      try (var in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
        return new Answer(status + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8),
            connection.getHeaderField("Idempotent-Replayed"));
      }
    }
  }
}
