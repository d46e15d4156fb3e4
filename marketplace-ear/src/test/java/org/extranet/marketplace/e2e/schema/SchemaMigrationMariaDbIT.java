// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.schema.SchemaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** Flyway brings an empty MariaDB database (the real process of the test stack) to the current schema. */
class SchemaMigrationMariaDbIT {

  @Test
  void migratesAnEmptyMariaDbDatabase() throws Exception {
    String database = "flyway_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection admin = DriverManager.getConnection(TestStack.jdbcUrl(""), TestStack.DB_USER, TestStack.DB_PASSWORD);
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
      try {
        MysqlDataSource mariadb = new MysqlDataSource();
        mariadb.setURL(TestStack.jdbcUrl(database));
        mariadb.setUser(TestStack.DB_USER);
        mariadb.setPassword(TestStack.DB_PASSWORD);

        MigrateResult first = SchemaMigration.migrate(mariadb);
        MigrateResult second = SchemaMigration.migrate(mariadb);

        assertTrue(first.migrationsExecuted >= 1);
        assertEquals(0, second.migrationsExecuted);
        assertTrue(tables(mariadb).containsAll(Set.of("organization", "organization_member", "member_role")));
      } finally {
        sql.execute("DROP DATABASE " + database);
      }
    }
  }

  private static Set<String> tables(MysqlDataSource ds) throws Exception {
    Set<String> names = new HashSet<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase());
      }
    }
    return names;
  }
}
