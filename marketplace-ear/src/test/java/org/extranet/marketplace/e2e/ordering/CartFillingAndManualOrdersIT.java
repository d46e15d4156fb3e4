// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quick order by pasting, reorder, orders keyed from phone calls, and availability when a tier is down. */
@ExtendWith(ArquillianExtension.class)
class CartFillingAndManualOrdersIT {

  private static final String CART = TestStack.API + "/cart";
  private static SupplierApplicant supplier;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void supplier() {
    DemoNetworkFixture.ensureLoaded();
    supplier = SupplierApplicant.member("STANDARD");
  }

  @Test
  void aPastedListGoesInWholeOrNotAtAll() {
    String gus = Tokens.person("gus@globex.example");
    long a = Shop.publish(supplier, "8.00", 100);
    String sku = Http.get(TestStack.API + "/products/" + a, gus).json().getString("sku");

    Reply refused = Http.post(CART + "/quick-order", gus, "text/plain", sku + " 4\nNO-SUCH-SKU 1\n" + sku + " lots\n");
    assertEquals(422, refused.status(), refused::body);
    JsonArray errors = refused.json().getJsonArray("errors");
    assertEquals(List.of(2, 3), errors.stream().map(e -> e.asJsonObject().getInt("line")).toList());
    assertTrue(Http.get(CART, gus).body().indexOf(sku) < 0, "nothing added");

    Reply added = Http.post(CART + "/quick-order", gus, "text/plain", "# from the spreadsheet\n" + sku + "\t4\n");
    assertEquals(200, added.status(), added::body);
    JsonObject line = added.json().getJsonArray("items").getJsonObject(0);
    assertEquals(4, line.getInt("quantity"));
    assertEquals("8.00", line.getJsonObject("agreedPrice").getString("amount"));
    assertEquals(204, Http.delete(CART + "/lines/" + a, gus).status());
  }

  @Test
  void aReorderPutsThePastLinesBackInTheCart() {
    String gus = Tokens.person("gus@globex.example");
    long a = Shop.publish(supplier, "9.00", 100);
    long orderId = Shop.place(gus, order(line(a, 6))).json().getJsonNumber("id").longValue();
    Reply reordered = Http.postJson(Shop.ORDERS + "/" + orderId + "/reorder", gus, "{}");
    assertEquals(200, reordered.status(), reordered::body);
    assertEquals(6, reordered.json().getJsonArray("added").getJsonObject(0).getInt("quantity"));
    assertTrue(reordered.json().getJsonArray("skipped").isEmpty());
    assertEquals(204, Http.delete(CART + "/lines/" + a, gus).status());
  }

  @Test
  void anOrderPhonedInIsKeyedByTheOrderDeskAsAManualOrderOfTheBuyer() {
    long a = Shop.publish(supplier, "40.00", 20);
    String body = "{\"buyerOrganizationId\":\"" + DemoIds.GLOBEX + "\",\"receivedFrom\":\"gina@globex.example\","
        + "\"source\":\"PHONE\",\"keyingMinutes\":12,\"lines\":[" + line(a, 2) + "]}";
    Reply keyed = Http.postJson(TestStack.API + "/manual-orders", supplier.token(), body);
    assertEquals(201, keyed.status(), keyed::body);
    assertEquals("MANUAL", keyed.json().getString("channel"));
    assertEquals("PLACED", keyed.json().getString("status"), "approved on the buyer's side before the call");
    long id = keyed.json().getJsonNumber("id").longValue();

    String gina = Tokens.person("gina@globex.example");
    JsonObject submitted = Http.get(Shop.ORDERS + "/" + id + "/tracking", gina).json().getJsonArray("items").getJsonObject(0);
    assertEquals("SUBMITTED", submitted.getString("type"));
    assertEquals("PHONE", submitted.getString("source"));
    assertEquals("SUPPLIER", submitted.getString("actorRole"));
    assertEquals(720, submitted.getInt("timeOnTaskSeconds"));
    assertEquals(false, submitted.getBoolean("automated"));

    SupplierApplicant other = SupplierApplicant.member("STANDARD");
    assertEquals(400, Http.postJson(TestStack.API + "/manual-orders", other.token(), body).status(), "another supplier's product");
    assertEquals(400, Http.postJson(TestStack.API + "/manual-orders", supplier.token(), body.replace("PHONE", "PIGEON")).status());
    assertEquals(403, Http.postJson(TestStack.API + "/manual-orders", gina, body).status(), "buyers order themselves");
  }

  @Test
  void whenUpstreamTiersAreDownOrSilentTheBuyerStillGetsOptions() throws Exception {
    long scarce = Shop.publish(supplier, "70.00", 3);
    Shop.publish(supplier, "72.00", 50); // same category: the substitute
    try (ServerSocket silent = new ServerSocket(0)) {
      Thread acceptor = new Thread(() -> holdConnections(silent)); // accepts, never answers
      acceptor.setDaemon(true);
      acceptor.start();
      register("DISTRIBUTOR", "http://127.0.0.1:9/down");
      register("MANUFACTURER", "http://127.0.0.1:" + silent.getLocalPort() + "/silent");
      Reply answer = Http.get(TestStack.API + "/products/" + scarce + "/availability?quantity=10", Tokens.person("gina@globex.example"));
      acceptor.interrupt();
      assertEquals(200, answer.status(), answer::body);
      JsonObject json = answer.json();
      assertEquals(3, json.getInt("available"));
      assertEquals(List.of("SUPPLIER:KNOWN", "DISTRIBUTOR:UNKNOWN", "MANUFACTURER:UNKNOWN"), json.getJsonArray("tiers").stream()
          .map(t -> t.asJsonObject().getString("tier") + ":" + t.asJsonObject().getString("status")).toList());
      List<String> kinds = json.getJsonArray("options").stream().map(o -> o.asJsonObject().getString("kind")).toList();
      assertTrue(kinds.containsAll(List.of("SHIP_NOW", "BACKORDER", "SUBSTITUTE")), kinds::toString);
    }
  }

  private static void register(String tier, String url) {
    Reply registered = Http.postJson(TestStack.API + "/upstream-partners", supplier.token(),
        "{\"tier\":\"" + tier + "\",\"name\":\"" + tier + " Co\",\"endpointUrl\":\"" + url + "\"}");
    assertEquals(201, registered.status(), registered::body);
  }

  private static void holdConnections(ServerSocket server) {
    List<Socket> held = new java.util.ArrayList<>();
    try {
      while (!Thread.currentThread().isInterrupted()) {
        held.add(server.accept());
      }
    } catch (java.io.IOException closed) {
      // the test closed the socket
    }
  }
}
