// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.extranet.marketplace.schema.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL search (what answers while an instance builds its index) and the Lucene index built from the same
 * tables (H2 in MySQL mode, migrated by Flyway) give the same totals, facet counts and visibility.
 */
class SqlAndIndexAgreeTest {

  private static final String A = "00000000-0000-4000-8000-00000000000a";
  private static final String B = "00000000-0000-4000-8000-00000000000b";
  private static final String BUYER = "00000000-0000-4000-8000-0000000000b1";
  private static Connection db;
  private static LuceneCatalogIndex index;

  @BeforeAll
  static void fill() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "h2-search-");
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath() + "/marketplace;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE");
    h2.setUser("sa");
    SchemaMigration.migrate(h2);
    db = h2.getConnection();
    try (Statement s = db.createStatement()) {
      for (String[] org : new String[][] {{A, "Alpha", "SUPPLIER"}, {B, "Beta", "SUPPLIER"}, {BUYER, "Buyer", "BUYER"}}) {
        s.executeUpdate("insert into organization (id, name, kind, registered_at) values ('" + org[0] + "', '" + org[1] + "', '"
            + org[2] + "', current_timestamp)");
      }
      product(s, A, "A-1", "Managed switch 24-port", "43222612", 5, false);
      product(s, A, "A-2", "Managed switch 48-port", "43222612", 0, false);
      product(s, A, "A-3", "Wireless access point", "43222640", 3, false);
      product(s, B, "B-1", "Switch for the office", "43222612", 9, false);
      product(s, B, "B-2", "Secure switch, contract only", "43222612", 9, true);
      s.executeUpdate("update product set withdrawn_at = current_timestamp where sku = 'A-3'");
      s.executeUpdate("insert into contract_price (supplier_id, buyer_organization_id, product_id, price_amount, price_currency,"
          + " valid_from, created_at) select '" + B + "', '" + BUYER + "', id, 1.00, 'USD', current_date, current_timestamp"
          + " from product where sku = 'B-2'");
    }
    index = new LuceneCatalogIndex(new ByteBuffersDirectory());
    ListingRows.all(db, index::put);
    index.refresh();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
    db.close();
  }

  @Test
  void bothAnswerTheSame() throws Exception {
    for (SearchQuery query : List.of(
        query("switch", null, false, "stranger"),
        query("switch", null, false, BUYER),
        query("switch", null, true, "stranger"),
        query(null, "43222612", false, B),
        query("managed", "43222612", false, "stranger"),
        query("access", null, false, "stranger"))) {
      SearchResult sql = SqlCatalogSearch.search(db, query);
      SearchResult lucene = index.search(query);
      assertEquals(sql.total(), lucene.total(), "total of " + query);
      assertEquals(Set.copyOf(sql.productIds()), Set.copyOf(lucene.productIds()), "ids of " + query);
      assertEquals(sql.categories(), lucene.categories(), "categories of " + query);
      assertEquals(sql.suppliers(), lucene.suppliers(), "suppliers of " + query);
    }
    assertEquals(3, index.search(query("switch", null, false, "stranger")).total(), "not the contract-only one");
    assertEquals(4, index.search(query("switch", null, false, BUYER)).total(), "the contract holder sees it");
  }

  private static SearchQuery query(String keyword, String category, boolean inStock, String caller) {
    return new SearchQuery(keyword, category, null, inStock, Set.of(A, B), caller, false, 0, 20);
  }

  private static void product(Statement s, String supplier, String sku, String name, String category, int stock,
      boolean contractOnly) throws Exception {
    s.executeUpdate("insert into product (supplier_id, sku, name, description, category_code, unit, kind, list_price_amount,"
        + " list_price_currency, stock_on_hand, contract_only) values ('" + supplier + "', '" + sku + "', '" + name + "', 'demo', '"
        + category + "', 'EA', 'PHYSICAL', 10.00, 'USD', " + stock + ", " + contractOnly + ")");
  }
}
