// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
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

  private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

  /**
   * The EAR as built by this module's package phase, under an application name of its own for each test
   * class (marketplace-1, marketplace-2, …). Every class deploys and undeploys it; Payara finishes an
   * undeploy's clean-up asynchronously, and with one name for all that clean-up could delete the next
   * deployment's files ("File source doesn't exist") — distinct names keep each deployment's directory its own.
   */
  public static EnterpriseArchive builtEar() {
    String name = "marketplace-" + DEPLOYMENTS.incrementAndGet();
    EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, name + ".ear")
        .importFrom(new File(System.getProperty("ear.file", "target/marketplace.ear")))
        .as(EnterpriseArchive.class);
    String applicationXml = read(ear.get("META-INF/application.xml").getAsset());
    ear.delete("META-INF/application.xml");
    return ear.setApplicationXML(new StringAsset(applicationXml.replace(
        "<application-name>marketplace</application-name>", "<application-name>" + name + "</application-name>")));
  }

  private static String read(Asset asset) {
    try (InputStream in = asset.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String jdbcUrl(String database) {
    return "jdbc:mysql://" + DB_HOST + ":" + DB_PORT + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
  }
}
