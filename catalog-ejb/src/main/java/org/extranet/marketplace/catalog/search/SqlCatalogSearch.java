// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same search in plain SQL: every word as {@code LIKE '%word%'} over name, SKU and description, facets
 * by GROUP BY. Correct but a full scan per query: it answers while an instance's index is being built,
 * and it is the "naive LIKE" the benchmark measures the index against.
 */
public final class SqlCatalogSearch {

  private static final int MAX_WORDS = 12;

  private SqlCatalogSearch() {}

  public static SearchResult search(Connection db, SearchQuery query) throws SQLException {
    if (query.activeSuppliers().isEmpty()) {
      return SearchResult.empty();
    }
    Where where = where(query);
    List<Long> ids = new ArrayList<>();
    String order = " order by lower(p.name), p.id limit " + query.size() + " offset " + (long) query.page() * query.size();
    try (PreparedStatement ps = db.prepareStatement("select p.id from product p" + where.sql() + order)) {
      where.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    Map<String, Long> categories = counts(db, "p.category_code", where);
    long total = categories.values().stream().mapToLong(Long::longValue).sum();
    return new SearchResult(ids, total, categories, counts(db, "p.supplier_id", where));
  }

  private static Map<String, Long> counts(Connection db, String column, Where where) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement ps = db.prepareStatement(
        "select " + column + ", count(*) from product p" + where.sql() + " group by " + column + " order by count(*) desc")) {
      where.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1).strip(), rs.getLong(2));
        }
      }
    }
    return counts;
  }

  private record Where(String sql, List<Object> parameters) {
    void bind(PreparedStatement ps) throws SQLException {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
    }
  }

  private static Where where(SearchQuery query) {
    StringBuilder sql = new StringBuilder(" where p.withdrawn_at is null and p.supplier_id in (");
    List<Object> parameters = new ArrayList<>();
    for (String supplier : query.activeSuppliers()) {
      sql.append(parameters.isEmpty() ? "?" : ",?");
      parameters.add(supplier);
    }
    sql.append(')');
    if (query.hasKeyword()) {
      String[] words = query.keyword().toLowerCase(Locale.ROOT).strip().split("\\s+");
      for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
        String like = "%" + words[i].replace("%", "").replace("_", "") + "%";
        sql.append(" and (lower(p.name) like ? or lower(p.sku) like ? or lower(p.description) like ?)");
        parameters.add(like);
        parameters.add(like);
        parameters.add(like);
      }
    }
    if (query.supplierId() != null) {
      sql.append(" and p.supplier_id = ?");
      parameters.add(query.supplierId());
    }
    if (query.category() != null) {
      sql.append(" and p.category_code = ?");
      parameters.add(query.category());
    }
    if (query.inStock()) {
      sql.append(" and p.stock_on_hand > 0");
    }
    if (!query.seesAll()) {
      sql.append(" and (p.contract_only = false or p.supplier_id = ? or exists (select 1 from contract_price c"
          + " where c.product_id = p.id and c.buyer_organization_id = ?))");
      parameters.add(query.callerOrganization());
      parameters.add(query.callerOrganization());
    }
    return new Where(sql.toString(), parameters);
  }
}
