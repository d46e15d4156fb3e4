// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.MMapDirectory;
import org.extranet.marketplace.catalog.search.ListingRows;
import org.extranet.marketplace.catalog.search.LuceneCatalogIndex;
import org.extranet.marketplace.catalog.search.SearchQuery;
import org.extranet.marketplace.catalog.search.SqlCatalogSearch;

/**
 * bench/catalog-search: the same query mix (keyword; keyword + category facet; category browse) through
 * the REST API of a running marketplace, straight against the application's own Lucene index class
 * ("raw"), and as the naive SQL LIKE scan — all on the same database in one run.
 *
 * <pre>
 *   load    jdbcUrl user password listings suppliers
 *   measure jdbcUrl user password apiBase tokenUrl clients queriesPerKind likePerKind out.md
 * </pre>
 */
public final class CatalogSearchBench {

  enum Kind { KEYWORD, KEYWORD_FACET, BROWSE }

  record Query(Kind kind, String keyword, String category) {}

  public static void main(String[] args) throws Exception {
    Connection db = DriverManager.getConnection(args[1], args[2], args[3]);
    if (args[0].equals("load")) {
      db.setAutoCommit(false);
      long started = System.nanoTime();
      CatalogData.suppliers(db, Integer.parseInt(args[5]));
      CatalogData.listings(db, Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      System.out.printf(Locale.ROOT, "loaded %s listings in %.1f s%n", args[4], (System.nanoTime() - started) / 1e9);
      return;
    }
    measure(db, args[4], args[5], Integer.parseInt(args[6]), Integer.parseInt(args[7]), Integer.parseInt(args[8]), Path.of(args[9]));
  }

  private static void measure(Connection db, String api, String tokenUrl, int clients, int perKind, int likePerKind, Path out)
      throws Exception {
    List<Query> queries = queries(perKind);
    Set<String> active = activeSuppliers(db);
    long listings = count(db);
    System.out.println("building the raw index from " + listings + " listings …");
    long started = System.nanoTime();
    Path dir = Files.createTempDirectory("bench-index-");
    LuceneCatalogIndex index = new LuceneCatalogIndex(new MMapDirectory(dir));
    ListingRows.all(db, index::put);
    index.refresh();
    double buildSeconds = (System.nanoTime() - started) / 1e9;

    Map<String, Map<Kind, Stats>> results = new LinkedHashMap<>();
    Runner raw = q -> index.search(searchQuery(q, active));
    String[] token = {Tokens.password(tokenUrl, "gina@globex.example")};
    Runner viaApi = q -> call(api, token[0], q);
    System.out.println("warming up …");
    run(raw, queries, 1); // warm-up
    System.out.println("warming up the API …");
    run(viaApi, queries, clients);
    System.out.println("measuring …");
    System.out.println("raw index …");
    results.put("raw index, 1 client", run(raw, queries, 1));
    results.put("raw index, " + clients + " clients", run(raw, queries, clients));
    System.out.println("REST API …");
    token[0] = Tokens.password(tokenUrl, "gina@globex.example"); // a fresh one: access tokens live five minutes
    results.put("REST API, " + clients + " clients", run(viaApi, queries, clients));
    System.out.println("SQL LIKE scan …");
    List<Query> few = queries(likePerKind);
    results.put("SQL LIKE scan, 1 client", run(q -> SqlCatalogSearch.search(db, searchQuery(q, active)), few, 1));
    index.close();

    String report = report(listings, active.size(), buildSeconds, clients, results);
    Files.writeString(out, report);
    System.out.println(report);
  }

  private interface Runner {
    void run(Query query) throws Exception;
  }

  /** Latencies per kind: every client runs the whole list, so the load is clients × queries. */
  private static Map<Kind, Stats> run(Runner runner, List<Query> queries, int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r);
      t.setDaemon(true); // a failed run must not leave clients hammering the servers
      return t;
    });
    List<Future<Map<Kind, List<Long>>>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      futures.add(pool.submit(() -> {
        Map<Kind, List<Long>> times = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
          Query q = queries.get((i + offset * 7) % queries.size());
          long t = System.nanoTime();
          runner.run(q);
          times.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(System.nanoTime() - t);
        }
        return times;
      }));
    }
    Map<Kind, List<Long>> all = new LinkedHashMap<>();
    try {
      for (Future<Map<Kind, List<Long>>> f : futures) {
        f.get().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Kind, Stats> stats = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      stats.put(kind, Stats.of(all.getOrDefault(kind, List.of())));
    }
    return stats;
  }

  record Stats(int n, double p50, double p95) {
    static Stats of(List<Long> nanos) {
      List<Long> sorted = nanos.stream().sorted().toList();
      if (sorted.isEmpty()) {
        return new Stats(0, 0, 0);
      }
      return new Stats(sorted.size(), sorted.get((int) (sorted.size() * 0.50)) / 1e6,
          sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)) / 1e6);
    }
  }

  /**
   * One GET through HttpURLConnection (kept-alive connections, one per client thread): the JDK HttpClient
   * left a request unanswered for its whole timeout now and then under 8 concurrent clients here, which
   * would have measured the client, not the marketplace.
   */
  private static void call(String api, String token, Query q) throws Exception {
    StringBuilder url = new StringBuilder(api).append("/products?size=20");
    if (q.keyword() != null) {
      url.append("&q=").append(URLEncoder.encode(q.keyword(), StandardCharsets.UTF_8));
    }
    if (q.category() != null) {
      url.append("&category=").append(q.category());
    }
    java.net.HttpURLConnection connection = (java.net.HttpURLConnection) URI.create(url.toString()).toURL().openConnection();
    connection.setRequestProperty("Authorization", "Bearer " + token);
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(60_000);
    int status = connection.getResponseCode();
    try (var body = status == 200 ? connection.getInputStream() : connection.getErrorStream()) {
      byte[] content = body.readAllBytes();
      if (status != 200) {
        throw new IllegalStateException(url + " answered " + status + ": " + new String(content, StandardCharsets.UTF_8));
      }
    }
  }

  private static SearchQuery searchQuery(Query q, Set<String> active) {
    return new SearchQuery(q.keyword(), q.category(), null, false, active, "6f1c0a00-0000-4000-8000-000000000002", false, 0, 20);
  }

  /** A deterministic mix: a product noun; a noun with a brand; a noun in one of its categories; a category alone. */
  static List<Query> queries(int perKind) {
    Random random = new Random(7);
    List<Query> queries = new ArrayList<>();
    for (int i = 0; i < perKind; i++) {
      String noun = CatalogData.NOUNS[random.nextInt(CatalogData.NOUNS.length)];
      String keyword = i % 2 == 0 ? noun : CatalogData.BRANDS[random.nextInt(CatalogData.BRANDS.length)].toLowerCase(Locale.ROOT) + " " + noun;
      queries.add(new Query(Kind.KEYWORD, keyword, null));
      String category = CatalogData.CATEGORIES.get(Math.floorMod(noun.hashCode() + random.nextInt(3), CatalogData.CATEGORIES.size()));
      queries.add(new Query(Kind.KEYWORD_FACET, noun, category));
      queries.add(new Query(Kind.BROWSE, null, CatalogData.CATEGORIES.get(random.nextInt(CatalogData.CATEGORIES.size()))));
    }
    return queries;
  }

  private static Set<String> activeSuppliers(Connection db) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select organization_id from membership where status = 'ACTIVE'")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static long count(Connection db) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from product where withdrawn_at is null")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String report(long listings, int suppliers, double buildSeconds, int clients, Map<String, Map<Kind, Stats>> results) {
    StringBuilder md = new StringBuilder();
    md.append("| path | query kind | n | p50 ms | p95 ms |\n|---|---|---|---|---|\n");
    results.forEach((path, byKind) -> byKind.forEach((kind, s) -> md.append(String.format(Locale.ROOT,
        "| %s | %s | %d | %.2f | %.2f |%n", path, kind, s.n(), s.p50(), s.p95()))));
    md.append("\n| ratio | ").append(String.join(" | ", List.of("KEYWORD", "KEYWORD_FACET", "BROWSE"))).append(" |\n|---|---|---|---|\n");
    Map<Kind, Stats> api = results.get("REST API, " + clients + " clients");
    Map<Kind, Stats> raw8 = results.get("raw index, " + clients + " clients");
    Map<Kind, Stats> raw1 = results.get("raw index, 1 client");
    Map<Kind, Stats> like = results.get("SQL LIKE scan, 1 client");
    md.append("| API p95 ÷ raw p95 (").append(clients).append(" clients) |");
    for (Kind k : Kind.values()) {
      md.append(String.format(Locale.ROOT, " %.2f |", api.get(k).p95() / raw8.get(k).p95()));
    }
    md.append("\n| LIKE p50 ÷ raw p50 (1 client) |");
    for (Kind k : Kind.values()) {
      md.append(String.format(Locale.ROOT, " %.0f |", like.get(k).p50() / raw1.get(k).p50()));
    }
    md.append("\n| LIKE p50 ÷ API p50 |");
    for (Kind k : Kind.values()) {
      md.append(String.format(Locale.ROOT, " %.1f |", like.get(k).p50() / api.get(k).p50()));
    }
    md.append(String.format(Locale.ROOT, "%n%nListings: %d (ACTIVE suppliers: %d). Raw index built from the database in %.1f s.%n",
        listings, suppliers, buildSeconds));
    return md.toString();
  }
}
