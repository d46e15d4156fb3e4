// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The embedded default of `bin/marketplace start`: an H2 file in MySQL mode, migrated by Flyway. */
class SchemaMigrationH2Test {

  @Test
  void migratesAnEmptyH2FileDatabaseInMySqlModeAndIsIdempotent() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "h2-");
    JdbcDataSource h2 = new JdbcDataSource();
    // the same URL options bin/marketplace uses (see RECIPES.md, H2 + EclipseLink pitfall)
    h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath() + "/marketplace;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE");
    h2.setUser("sa");

    MigrateResult first = SchemaMigration.migrate(h2);
    MigrateResult second = SchemaMigration.migrate(h2);

    assertTrue(first.migrationsExecuted >= 1, "migrations applied to the empty database");
    assertEquals(0, second.migrationsExecuted, "a second start applies nothing");
    assertTrue(tables(h2).containsAll(Set.of("organization", "organization_member", "member_role")), "tables: " + tables(h2));
    assertEquals(1, insertADraftApplication(h2), "a DRAFT application needs only the company name (V5)");
    assertEquals(5, countCostFactTwice(h2), "the cost facts' upsert adds up on H2 as on MariaDB (V18)");
  }

  /** The statement metrics.cost.CostFacts runs for each ledger step. */
  private static int countCostFactTwice(JdbcDataSource ds) throws Exception {
    String upsert = "INSERT INTO order_cost_fact (order_id, purchase_order_id, activity, medium, actor_role, modelled_steps,"
        + " automated_steps, measured_steps, measured_seconds) VALUES (1, 0, 'ORDER_ENTRY', 'PORTAL', 'BUYER', %d, 0, 0, 0)"
        + " ON DUPLICATE KEY UPDATE modelled_steps = modelled_steps + VALUES(modelled_steps),"
        + " automated_steps = automated_steps + VALUES(automated_steps), measured_seconds = measured_seconds + VALUES(measured_seconds)";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(String.format(upsert, 2));
      s.executeUpdate(String.format(upsert, 3));
      try (ResultSet rs = s.executeQuery("SELECT modelled_steps FROM order_cost_fact WHERE order_id = 1")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static int insertADraftApplication(JdbcDataSource ds) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO organization (id, name, kind, registered_at) VALUES"
          + " ('00000000-0000-4000-8000-000000000099', 'Draft Co', 'SUPPLIER', CURRENT_TIMESTAMP)");
      return s.executeUpdate("INSERT INTO supplier_application (organization_id, company_name, status)"
          + " VALUES ('00000000-0000-4000-8000-000000000099', 'Draft Co', 'DRAFT')");
    }
  }

  private static Set<String> tables(JdbcDataSource ds) throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase());
      }
    }
    return names;
  }
}
