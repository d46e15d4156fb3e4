// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.ordering.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jws.WebService;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.datatype.DatatypeFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.extranet.marketplace.ordering.upstream.wsdl.CheckAvailability;
import org.extranet.marketplace.ordering.upstream.wsdl.CheckAvailabilityResponse;
import org.extranet.marketplace.ordering.upstream.wsdl.InquiryFault;
import org.extranet.marketplace.ordering.upstream.wsdl.InquiryFault_Exception;
import org.extranet.marketplace.ordering.upstream.wsdl.InventoryInquiryPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CXF client against a partner published in-process over HTTP, a dead address and a silent one. */
class InventoryInquiryClientTest {

  /** A partner that carries one SKU and faults on a bad quantity. */
  @WebService(endpointInterface = "org.extranet.marketplace.ordering.upstream.wsdl.InventoryInquiryPort")
  public static class Distributor implements InventoryInquiryPort {
    @Override
    public CheckAvailabilityResponse checkAvailability(CheckAvailability request) throws InquiryFault_Exception {
      if (request.getQuantity() < 1) {
        InquiryFault fault = new InquiryFault();
        fault.setCode("BAD_REQUEST");
        fault.setMessage("quantity below 1");
        throw new InquiryFault_Exception("quantity below 1", fault);
      }
      CheckAvailabilityResponse answer = new CheckAvailabilityResponse();
      answer.setSku(request.getSku());
      answer.setKnown("NOR-1".equals(request.getSku()));
      answer.setAvailable(answer.isKnown() ? 40 : 0);
      if (answer.isKnown()) {
        answer.setEarliestDate(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar("2026-12-07"));
      }
      return answer;
    }
  }

  private static Server server;
  private static String url;

  @BeforeAll
  static void publish() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    url = "http://127.0.0.1:" + port + "/distributor/InventoryInquiry";
    JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
    factory.setServiceClass(InventoryInquiryPort.class);
    factory.setServiceBean(new Distributor());
    factory.setAddress(url);
    server = factory.create();
  }

  @AfterAll
  static void stop() {
    server.destroy();
  }

  private final InventoryInquiryClient client = new InventoryInquiryClient(1000, 1500);

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aKnownSkuAnswersWhatAndWhen() {
    assertEquals(Optional.of(new UpstreamStock(40, LocalDate.of(2026, 12, 7))), client.ask(url, "NOR-1", 25, "Northwind"));
  }

  @Test
  void anUnknownSkuAFaultAndADeadAddressAreNoAnswer() {
    assertEquals(Optional.empty(), client.ask(url, "NOR-404", 1, "Northwind"));
    assertEquals(Optional.empty(), client.ask(url, "NOR-1", 0, "Northwind"), "a fault");
    assertEquals(Optional.empty(), client.ask("http://127.0.0.1:9/nobody", "NOR-1", 1, "Northwind"));
  }

  @Test
  void aPartnerThatNeverAnswersIsGivenUpAfterTheReceiveTimeout() throws IOException {
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept()); // accept and never answer
          }
        } catch (IOException closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      Instant asked = Instant.now();
      assertEquals(Optional.empty(), client.ask("http://127.0.0.1:" + silent.getLocalPort() + "/silent", "NOR-1", 1, "Northwind"));
      assertTrue(Duration.between(asked, Instant.now()).toSeconds() < 10, "bounded by the timeouts, not hanging");
    }
  }
}
