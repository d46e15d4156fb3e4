// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.extranet.marketplace.metrics.cost.Activity;
import org.extranet.marketplace.ordering.ledger.OrderEventType;

/**
 * bench/metrics: the order-cost dashboard's endpoint ({@code GET /api/v1/metrics/order-cost?groupBy=…} over a year,
 * over HTTP with the operator's token) against the raw aggregate SQL — the same totals computed straight from
 * the ledger by one hand-written query per grouping, pricing each step with the cost model's figures as the
 * database holds them — on the same MariaDB, the same data, in the same run.
 *
 * <pre>generate jdbcUrl user password orders threads
 * measure jdbcUrl user password apiBase tokenUrl repetitions out.md</pre>
 */
public final class MetricsBench {

  private static final List<String> GROUPINGS = List.of("channel", "month", "buyer", "supplier");

  public static void main(String[] args) throws Exception {
    if (args[0].equals("generate")) {
      long started = System.nanoTime();
      long events = new LedgerHistory(args[1], args[2], args[3]).write(Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      System.out.printf("wrote %,d orders with %,d ledger steps in %.0f s%n", Integer.parseInt(args[4]), events,
          (System.nanoTime() - started) / 1e9);
      return;
    }
    measure(args[1], args[2], args[3], args[4], args[5], Integer.parseInt(args[6]), Path.of(args[7]));
  }

  private static void measure(String jdbc, String user, String password, String api, String tokenUrl, int repetitions, Path out)
      throws Exception {
    String olga = Tokens.password(tokenUrl, "olga@marketplace.example");
    HttpClient http = HttpClient.newHttpClient();
    // the default model saved as a revision, so that the raw SQL reads the very figures the endpoint prices with
    String model = get(http, api + "/metrics/cost-model", olga);
    HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(api + "/metrics/cost-model"))
        .header("Authorization", "Bearer " + olga).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(model)).build(), HttpResponse.BodyHandlers.ofString());
    if (saved.statusCode() != 200) {
      throw new IllegalStateException("saving the cost model: " + saved.statusCode() + " " + saved.body());
    }
    LocalDate to = LocalDate.now();
    LocalDate from = to.minusYears(1).plusDays(1);
    StringBuilder report = new StringBuilder();
    try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
      activities(c);
      report.append(counts(c)).append("\n\n");
      report.append("| groupBy | rows | API median ms | API p90 ms | raw SQL median ms | raw SQL p90 ms | API ÷ raw | totals (API vs raw) |\n");
      report.append("|---|---|---|---|---|---|---|---|\n");
      for (String groupBy : GROUPINGS) {
        String url = api + "/metrics/order-cost?from=" + from + "&to=" + to + "&groupBy=" + groupBy;
        String sql = RawOrderCost.sql(groupBy);
        // tokens live minutes, a grouping's runs longer: a fresh one before each call, outside the timing
        Map<String, BigDecimal> viaApi = totals(get(http, url, Tokens.password(tokenUrl, "olga@marketplace.example"))); // warm-up
        Map<String, BigDecimal> viaSql = RawOrderCost.run(c, sql, from, to);
        List<Long> apiTimes = new ArrayList<>();
        List<Long> sqlTimes = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
          String token = Tokens.password(tokenUrl, "olga@marketplace.example");
          long t = System.nanoTime();
          get(http, url, token);
          apiTimes.add((System.nanoTime() - t) / 1_000_000);
          t = System.nanoTime();
          RawOrderCost.run(c, sql, from, to);
          sqlTimes.add((System.nanoTime() - t) / 1_000_000);
        }
        long apiMedian = median(apiTimes);
        long sqlMedian = median(sqlTimes);
        report.append(String.format("| %s | %d | %d | %d | %d | %d | **%.2f×** | %s |%n", groupBy, viaApi.size(), apiMedian, p90(apiTimes),
            sqlMedian, p90(sqlTimes), apiMedian / (double) sqlMedian, compare(viaApi, viaSql)));
        System.out.println(groupBy + ": API " + apiMedian + " ms, raw SQL " + sqlMedian + " ms");
      }
    }
    Files.writeString(out, report.toString());
  }

  /** The bench's own table mapping each ledger step type to the activity the cost model prices (as {@link Activity#of}). */
  private static void activities(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_activity");
      s.execute("CREATE TABLE bench_activity (type VARCHAR(48) PRIMARY KEY, activity VARCHAR(24), sends_document BOOLEAN NOT NULL)");
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_activity VALUES (?, ?, ?)")) {
      for (OrderEventType type : OrderEventType.values()) {
        Activity activity = Activity.of(type, false).orElse(null);
        insert.setString(1, type.name());
        insert.setString(2, activity == null ? null : activity.name());
        insert.setBoolean(3, activity != null && activity.sendsDocument());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static String counts(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      return String.format("Data: %,d orders, %,d purchase orders, %,d ledger steps; the endpoint reads %,d cost facts and %,d order rows.",
          count(s, "customer_order"), count(s, "purchase_order"), count(s, "order_event"), count(s, "order_cost_fact"),
          count(s, "order_cost_order"));
    }
  }

  private static long count(Statement s, String table) throws Exception {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String get(HttpClient http, String url, String token) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Accept", "application/json").timeout(java.time.Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** key → totalCost from the endpoint's JSON rows. */
  private static Map<String, BigDecimal> totals(String json) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    Matcher m = Pattern.compile("\"key\":\"([^\"]*)\".*?\"totalCost\":([0-9.\\-]+)").matcher(json);
    while (m.find()) {
      totals.put(m.group(1), new BigDecimal(m.group(2)));
    }
    return totals;
  }

  /** The largest difference between the two paths' group totals, and the grand totals. */
  private static String compare(Map<String, BigDecimal> api, Map<String, BigDecimal> sql) {
    BigDecimal worst = BigDecimal.ZERO;
    for (String key : api.keySet()) {
      BigDecimal other = sql.getOrDefault(key, BigDecimal.ZERO);
      worst = worst.max(api.get(key).subtract(other).abs());
    }
    BigDecimal a = api.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal b = sql.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    String verdict = api.keySet().equals(sql.keySet()) && worst.compareTo(BigDecimal.ONE) <= 0 ? "agree" : "**DIFFER**";
    return verdict + ": $" + a + " vs $" + b + ", largest group difference $" + worst.setScale(2, RoundingMode.HALF_UP);
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static long p90(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
  }
}
