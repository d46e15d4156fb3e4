// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.stream.Collectors;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Northwind's upstream tiers answer through SOAP: the reference upstream partner the test stack starts
 * (module upstream-partner), asked by the marketplace's CXF client — no mock in between.
 */
@ExtendWith(ArquillianExtension.class)
class UpstreamAvailabilityIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void whenNorthwindIsShortItsDistributorAndManufacturerAnswerAndTheBuyerMayWait() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    JsonObject licence = Http.get(TestStack.API + "/products?q=NOR-1513-000&supplierId=" + DemoIds.NORTHWIND, gina).json()
        .getJsonArray("items").getJsonObject(0);
    long id = licence.getJsonNumber("id").longValue();
    int stock = licence.getInt("stock");
    int quantity = stock + 10; // 10 short: the distributor holds 20, the manufacturer 500

    Reply answer = Http.get(TestStack.API + "/products/" + id + "/availability?quantity=" + quantity, gina);
    assertEquals(200, answer.status(), answer::body);
    Map<String, JsonObject> tiers = answer.json().getJsonArray("tiers").stream().map(t -> t.asJsonObject())
        .collect(Collectors.toMap(t -> t.getString("tier"), t -> t));
    assertEquals(20, tiers.get("DISTRIBUTOR").getInt("available"), answer::body);
    assertEquals("KNOWN", tiers.get("DISTRIBUTOR").getString("status"));
    assertEquals(500, tiers.get("MANUFACTURER").getInt("available"));
    assertTrue(tiers.get("DISTRIBUTOR").getString("earliestDate").compareTo(tiers.get("MANUFACTURER").getString("earliestDate")) < 0);
    JsonObject wait = answer.json().getJsonArray("options").stream().map(o -> o.asJsonObject())
        .filter(o -> o.getString("kind").equals("WAIT")).findFirst().orElseThrow(() -> new AssertionError(answer.body()));
    assertEquals(tiers.get("DISTRIBUTOR").getString("earliestDate"), wait.getString("date"), "the soonest tier that can cover it");

    Reply placed = Shop.place(gina, Shop.order("{\"productId\":" + id + ",\"quantity\":" + quantity + ",\"shortage\":\"WAIT\"}"));
    assertEquals(201, placed.status(), placed::body);
    JsonObject line = placed.json().getJsonArray("purchaseOrders").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
    assertEquals("WAIT", line.getString("availability"));
    assertEquals(stock, line.getInt("reservedQuantity"), "what Northwind has is held for the line");
    assertEquals(wait.getString("date"), line.getString("expectedDate"), "the line ships whole on the distributor's date");
    assertEquals(200, Http.postJson(Shop.ORDERS + "/" + placed.json().getJsonNumber("id") + "/cancellation", gina, "{}").status(),
        "and Northwind's stock goes back for the other tests");
  }
}
