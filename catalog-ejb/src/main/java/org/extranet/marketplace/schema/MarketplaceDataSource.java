// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.schema;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source class of the application's connection pool (glassfish-resources.xml). It picks the
 * driver from the URL, so that MARKETPLACE_DB_URL alone switches the embedded H2 default to MySQL or
 * MariaDB (MySQL Connector/J) without a rebuild. A plain java.sql.Driver pool cannot do this on
 * Payara: DriverManager does not see drivers packed in the EAR.
 */
public class MarketplaceDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private DataSource target;

  public void setUrl(String url) {
    this.url = url;
    this.target = null;
  }

  public void setUser(String user) {
    this.user = user;
    this.target = null;
  }

  public void setPassword(String password) {
    this.password = password;
    this.target = null;
  }

  public String getUrl() {
    return url;
  }

  /** The vendor data source for the configured URL. */
  synchronized DataSource target() throws SQLException {
    if (target == null) {
      target = forUrl(url, user, password);
    }
    return target;
  }

  static DataSource forUrl(String url, String user, String password) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("no database URL configured (marketplace.db.url / MARKETPLACE_DB_URL)");
    }
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      MysqlDataSource mysql = new MysqlDataSource();
      mysql.setURL(withRoundTripSavers(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:")));
      mysql.setUser(user);
      mysql.setPassword(password);
      return mysql;
    }
    throw new SQLException("unsupported database URL " + url + " (use jdbc:h2:, jdbc:mysql: or jdbc:mariadb:)");
  }

  /**
   * Connector/J settings that spare a network round trip per statement or transaction (the driver keeps the
   * session's autocommit and isolation state instead of asking, caches prepared statements and the server's
   * configuration, and may rewrite batches): placing an order is a chain of short statements, and round trips
   * were most of its time (bench/order-placement). A setting already in the URL wins.
   */
  static String withRoundTripSavers(String url) {
    StringBuilder withSettings = new StringBuilder(url);
    for (String setting : List.of("useLocalSessionState=true", "useLocalTransactionState=true", "cachePrepStmts=true",
        "prepStmtCacheSize=250", "prepStmtCacheSqlLimit=2048", "cacheServerConfiguration=true", "rewriteBatchedStatements=true",
        "maintainTimeStats=false")) {
      String name = setting.substring(0, setting.indexOf('='));
      if (!url.matches(".*[?&]" + name + "=.*")) {
        withSettings.append(withSettings.indexOf("?") < 0 ? '?' : '&').append(setting);
      }
    }
    return withSettings.toString();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return target().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger("org.extranet.marketplace.schema");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : target().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target().isWrapperFor(type);
  }
}
