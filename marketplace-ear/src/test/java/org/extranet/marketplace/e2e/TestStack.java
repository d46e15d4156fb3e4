// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Where the servers of the test stack run (bin/lib/test-stack.sh starts MariaDB and Keycloak,
 * Arquillian the Payara test domain); Failsafe passes the values as system properties.
 */
public final class TestStack {

  public static final String BASE_URL = System.getProperty("marketplace.baseUrl", "http://localhost:28080");
  public static final String API = BASE_URL + "/api/v1";
  public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:28180");
  public static final String DB_HOST = System.getProperty("test.db.host", "127.0.0.1");
  public static final String DB_PORT = System.getProperty("test.db.port", "13306");
  public static final String DB_USER = System.getProperty("test.db.user", "mkt");
  public static final String DB_PASSWORD = System.getProperty("test.db.password", "mkt");

  private TestStack() {}

  /** The EAR exactly as built by this module's package phase. */
  public static EnterpriseArchive builtEar() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("ear.file", "target/marketplace.ear")));
  }

  public static String jdbcUrl(String database) {
    return "jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
  }
}
