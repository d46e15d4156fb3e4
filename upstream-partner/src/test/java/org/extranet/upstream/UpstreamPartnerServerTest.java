// SPDX-License-Identifier: Apache-2.0
package org.extranet.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.extranet.upstream.wsdl.CheckAvailability;
import org.extranet.upstream.wsdl.CheckAvailabilityResponse;
import org.extranet.upstream.wsdl.InquiryFault_Exception;
import org.extranet.upstream.wsdl.InventoryInquiryPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both tiers over real HTTP with a CXF client, as the marketplace asks them. */
class UpstreamPartnerServerTest {

  private static UpstreamPartnerServer server;
  private static int port;

  @BeforeAll
  static void start() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    server = new UpstreamPartnerServer(port, null, Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static InventoryInquiryPort tier(String tier) {
    JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
    factory.setServiceClass(InventoryInquiryPort.class);
    factory.setAddress("http://localhost:" + port + "/" + tier + "/InventoryInquiry");
    return (InventoryInquiryPort) factory.create();
  }

  private static CheckAvailability ask(String sku, int quantity) {
    CheckAvailability request = new CheckAvailability();
    request.setSku(sku);
    request.setQuantity(quantity);
    request.setRequestedBy("Northwind Software");
    return request;
  }

  @Test
  void theDistributorHoldsLicencesSoonAndTheManufacturerMoreButLater() throws Exception {
    CheckAvailabilityResponse distributor = tier("distributor").checkAvailability(ask("NOR-1513-000", 5));
    assertTrue(distributor.isKnown());
    assertEquals(20, distributor.getAvailable());
    assertEquals("2026-11-27", distributor.getEarliestDate().toXMLFormat());
    CheckAvailabilityResponse manufacturer = tier("manufacturer").checkAvailability(ask("NOR-1513-000", 5));
    assertEquals(500, manufacturer.getAvailable());
    assertEquals("2026-12-08", manufacturer.getEarliestDate().toXMLFormat());
  }

  @Test
  void aSkuNeitherCarriesIsNotKnownAndABadQuestionIsAFault() throws Exception {
    assertFalse(tier("distributor").checkAvailability(ask("NOR-2201-014", 1)).isKnown(), "maintenance is a service");
    InquiryFault_Exception fault = assertThrows(InquiryFault_Exception.class, () -> tier("manufacturer").checkAvailability(ask("NOR-1513-000", 0)));
    assertEquals("BAD_REQUEST", fault.getFaultInfo().getCode());
  }
}
