// SPDX-License-Identifier: Apache-2.0
package org.extranet.upstream;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.extranet.upstream.wsdl.InventoryInquiryPort;

/**
 * The demo's upstream tiers behind Northwind Software, as one small process: a distributor and a manufacturer,
 * each answering InventoryInquiry from its own stock list, at
 * {@code http://localhost:<port>/distributor/InventoryInquiry} and {@code …/manufacturer/InventoryInquiry}.
 *
 * <pre>java -cp upstream-partner.jar:lib/* org.extranet.upstream.UpstreamPartnerServer [--port 8090] [--stock-dir DIR]</pre>
 */
public final class UpstreamPartnerServer implements AutoCloseable {

  static final List<String> TIERS = List.of("distributor", "manufacturer");
  private static final Logger LOG = Logger.getLogger(UpstreamPartnerServer.class.getName());

  private final List<Server> endpoints = new ArrayList<>();

  /** Publishes every tier on {@code port} (on all interfaces of this machine). */
  UpstreamPartnerServer(int port, Path stockDir, Clock clock) {
    for (String tier : TIERS) {
      StockList stock = StockList.load(tier, stockDir);
      JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
      factory.setServiceClass(InventoryInquiryPort.class);
      factory.setServiceBean(new InventoryDesk(tier, stock, clock));
      factory.setAddress("http://localhost:" + port + "/" + tier + "/InventoryInquiry");
      endpoints.add(factory.create());
      LOG.info(() -> tier + " answers InventoryInquiry for " + stock.size() + " SKUs at http://localhost:" + port + "/" + tier
          + "/InventoryInquiry");
    }
  }

  @Override
  public void close() {
    endpoints.forEach(Server::destroy);
  }

  public static void main(String[] args) throws InterruptedException {
    int port = 8090;
    Path stockDir = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--stock-dir" -> stockDir = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--port N, --stock-dir DIR)");
      }
    }
    UpstreamPartnerServer server = new UpstreamPartnerServer(port, stockDir, Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "upstream-partner-stop"));
    stopped.await(); // until SIGTERM / SIGINT
  }
}
