// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.upstream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.extranet.marketplace.ordering.upstream.wsdl.CheckAvailability;
import org.extranet.marketplace.ordering.upstream.wsdl.CheckAvailabilityResponse;
import org.extranet.marketplace.ordering.upstream.wsdl.InventoryInquiryPort;

/**
 * Asks an upstream partner's InventoryInquiry service (partner-api/src/main/resources/wsdl) with an Apache CXF
 * client. Bounded: a partner that cannot be reached or does not answer within the timeouts, answers a fault,
 * or does not carry the SKU gives an empty answer — the buyer then sees the tier as unknown, never an error.
 * Proxies are built explicitly with {@link JaxWsProxyFactoryBean} (a generated Service class would resolve to
 * Payara's own JAX-WS runtime) and kept per endpoint: CXF proxies are safe for concurrent calls.
 */
@ApplicationScoped
public class InventoryInquiryClient {

  private static final Logger LOG = Logger.getLogger(InventoryInquiryClient.class.getName());
  /** CXF would log each failed call with a stack trace (a dead partner: one per inquiry); ask() logs one line. */
  private static final FaultListener QUIET = (exception, description, message) -> false;

  @Inject
  @ConfigProperty(name = "marketplace.upstream.connect-timeout-millis", defaultValue = "1000")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "marketplace.upstream.receive-timeout-millis", defaultValue = "2000")
  long receiveTimeoutMillis;

  private final Map<String, InventoryInquiryPort> proxies = new ConcurrentHashMap<>();

  public InventoryInquiryClient() {}

  /** For tests outside a container. */
  InventoryInquiryClient(long connectTimeoutMillis, long receiveTimeoutMillis) {
    this.connectTimeoutMillis = connectTimeoutMillis;
    this.receiveTimeoutMillis = receiveTimeoutMillis;
  }

  public Optional<UpstreamStock> ask(String endpointUrl, String sku, int quantity, String requestedBy) {
    CheckAvailability request = new CheckAvailability();
    request.setSku(sku);
    request.setQuantity(quantity);
    request.setRequestedBy(requestedBy);
    try {
      CheckAvailabilityResponse answer = proxy(endpointUrl).checkAvailability(request);
      if (answer == null || !answer.isKnown()) {
        return Optional.empty();
      }
      return Optional.of(new UpstreamStock(Math.max(0, answer.getAvailable()), date(answer.getEarliestDate())));
    } catch (Exception e) { // unreachable, timed out, a fault, a malformed answer: all "unknown" for the buyer
      LOG.warning(() -> "Upstream partner " + endpointUrl + " gave no answer for " + sku + ": " + why(e));
      return Optional.empty();
    }
  }

  private InventoryInquiryPort proxy(String endpointUrl) {
    return proxies.computeIfAbsent(endpointUrl, url -> {
      JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
      factory.setServiceClass(InventoryInquiryPort.class);
      factory.setAddress(url);
      factory.setProperties(Map.of(FaultListener.class.getName(), QUIET));
      InventoryInquiryPort port = (InventoryInquiryPort) factory.create();
      Client client = ClientProxy.getClient(port);
      HTTPClientPolicy policy = new HTTPClientPolicy();
      policy.setConnectionTimeout(connectTimeoutMillis);
      policy.setReceiveTimeout(receiveTimeoutMillis);
      policy.setAllowChunking(false);
      ((HTTPConduit) client.getConduit()).setClient(policy);
      return port;
    });
  }

  /** Closes the proxies' HTTP clients when the application stops. */
  @PreDestroy
  void close() {
    proxies.values().forEach(port -> ClientProxy.getClient(port).destroy());
    proxies.clear();
  }

  /** One line for the log: unreachable, timed out, or the innermost cause (a fault's text). */
  private String why(Throwable e) {
    Throwable innermost = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof HttpConnectTimeoutException) {
        return "unreachable (" + t.getMessage() + ")";
      }
      if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
        return "no answer within " + receiveTimeoutMillis + " ms";
      }
      innermost = t;
    }
    return String.valueOf(innermost).replace('\n', ' ');
  }

  private static LocalDate date(XMLGregorianCalendar date) {
    return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
  }
}
