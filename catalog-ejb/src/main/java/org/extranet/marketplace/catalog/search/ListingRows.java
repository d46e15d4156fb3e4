// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads what the index needs straight from the tables, in bulk: the application's index and the
 * benchmark's both fill themselves from here. Withdrawn listings are not read (they are not searchable).
 */
public final class ListingRows {

  private static final String COLUMNS =
      "select id, supplier_id, sku, name, description, category_code, stock_on_hand, contract_only from product";
  private static final int BATCH = 5_000;

  private ListingRows() {}

  /** Every live listing, in id order, a batch at a time. */
  public static void all(Connection db, Consumer<IndexedListing> each) throws SQLException {
    long after = 0;
    while (true) {
      long from = after;
      List<IndexedListing> batch = read(db, COLUMNS + " where withdrawn_at is null and id > ? order by id limit " + BATCH,
          ps -> ps.setLong(1, from));
      batch.forEach(each);
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.get(batch.size() - 1).id();
    }
  }

  /** The live listings among {@code ids}; an id missing from the answer is withdrawn or gone. */
  public static List<IndexedListing> byIds(Connection db, Collection<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    return read(db, COLUMNS + " where withdrawn_at is null and id in (" + in + ")", ps -> { });
  }

  /** The change log after {@code position} and at the given gaps: sequence number → product id. */
  public static Map<Long, Long> changes(Connection db, long position, Set<Long> gaps, int max) throws SQLException {
    String gapClause = gaps.isEmpty() ? "" : " or seq in (" + gaps.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
    Map<Long, Long> changes = new HashMap<>();
    try (PreparedStatement ps = db.prepareStatement(
        "select seq, product_id from catalog_change where seq > ?" + gapClause + " order by seq limit " + max)) {
      ps.setLong(1, position);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          changes.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    return changes;
  }

  /** The newest sequence number recorded before {@code instant} (0 when none). */
  public static long lastChangeBefore(Connection db, java.time.Instant instant) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("select max(seq) from catalog_change where changed_at < ?")) {
      ps.setObject(1, java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private static List<IndexedListing> read(Connection db, String sql, Binder binder) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6).strip(), rs.getInt(7), rs.getBoolean(8)});
        }
      }
    }
    Map<Long, Set<String>> buyers = contractBuyers(db, rows.stream().filter(r -> (Boolean) r[7]).map(r -> (Long) r[0]).toList());
    return rows.stream().map(r -> new IndexedListing((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
        (String) r[5], (Integer) r[6], (Boolean) r[7], buyers.getOrDefault((Long) r[0], Set.of()))).toList();
  }

  /** Who holds a contract for each contract-only listing (any contract, running or not yet: they may see it). */
  private static Map<Long, Set<String>> contractBuyers(Connection db, List<Long> productIds) throws SQLException {
    Map<Long, Set<String>> buyers = new HashMap<>();
    if (productIds.isEmpty()) {
      return buyers;
    }
    String in = productIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    try (PreparedStatement ps = db.prepareStatement(
            "select product_id, buyer_organization_id from contract_price where product_id in (" + in + ")");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        buyers.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
      }
    }
    return buyers;
  }
}
