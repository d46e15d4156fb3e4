// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.KeycloakAdmin;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Software bought online: the supplier's key pool, keys issued on acceptance (and later when the pool ran
 * short), the buyer's "My software", delivered when first opened.
 */
@ExtendWith(ArquillianExtension.class)
class DigitalDeliveryIT {

  private static final String API = TestStack.API;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void keysFromThePoolOnAcceptanceTheRestWhenUploadedDeliveredWhenFirstOpened() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    Reply listed = Http.postJson(API + "/listings", supplier.token(), "{\"sku\":\"SW-" + UUID.randomUUID().toString().substring(0, 6)
        + "\",\"name\":\"Endpoint Security, 1 seat\",\"category\":\"43233205\",\"unit\":\"EA\",\"kind\":\"DIGITAL\","
        + "\"listPrice\":{\"amount\":\"40.00\",\"currency\":\"USD\"},\"stock\":100,\"minimumOrderQuantity\":1,\"packSize\":1,"
        + "\"leadTimeDays\":0,\"licenceType\":\"SUBSCRIPTION\",\"downloadUrl\":\"https://dl.fresh.example/es\","
        + "\"trainingUrl\":\"https://learn.fresh.example/es\"}");
    assertEquals(201, listed.status(), listed::body);
    long product = listed.json().getJsonNumber("id").longValue();
    String pool = API + "/products/" + product + "/licence-keys";

    Reply duplicate = Http.post(pool, supplier.token(), "text/csv", "KEY-A\nKEY-B\n\nKEY-A\n");
    assertEquals(422, duplicate.status(), duplicate::body);
    assertEquals(4, duplicate.json().getJsonArray("errors").getJsonObject(0).getInt("line"), "the duplicate's line");
    assertEquals(0, Http.get(pool, supplier.token()).json().getInt("available"), "all or nothing");
    assertEquals(1, Http.post(pool, supplier.token(), "text/csv", "KEY-A\n").json().getInt("added"));

    JsonObject placed = Shop.place(gina, order(line(product, 3))).json();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT");
    assertEquals(200, Http.postJson(API + "/purchase-orders/" + poId + "/acknowledgement", supplier.token(), "{\"decision\":\"ACCEPT\"}").status());

    JsonObject mine = software(gina, placed.getJsonNumber("id").longValue());
    assertEquals(3, mine.getInt("units"));
    assertEquals(2, mine.getInt("keysWaiting"), "one key in the pool, two to come");
    assertEquals("https://dl.fresh.example/es", mine.getString("downloadUrl"));
    assertTrue(!mine.containsKey("deliveredAt") || mine.isNull("deliveredAt"), "not opened yet");

    JsonObject counts = Http.postJson(pool, supplier.token(), "{\"keys\":[\"KEY-B\",\"KEY-C\",\"KEY-D\"]}").json();
    assertEquals(1, counts.getInt("available"), "two went to the waiting delivery");
    assertEquals(3, counts.getInt("issued"));

    String url = API + "/software/" + mine.getJsonNumber("id");
    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(404, Http.get(url, stranger).status(), "another buyer's software");
    JsonObject opened = Http.get(url, gina).json();
    List<String> keys = opened.getJsonArray("keys").stream().map(k -> ((jakarta.json.JsonString) k).getString()).toList();
    assertEquals(3, keys.stream().distinct().count(), "three different keys: " + keys);
    assertTrue(keys.contains("KEY-A") && List.of("KEY-A", "KEY-B", "KEY-C", "KEY-D").containsAll(keys), keys::toString);
    assertTrue(opened.containsKey("deliveredAt"));
    assertEquals(seconds(opened.getString("deliveredAt")), seconds(Http.get(url, gina).json().getString("deliveredAt")),
        "delivered once: the second opening keeps the first time");
    List<String> steps = Http.get(Shop.ORDERS + "/" + placed.getJsonNumber("id") + "/tracking", gina).json().getJsonArray("items")
        .stream().map(e -> e.asJsonObject().getString("type")).toList();
    assertTrue(steps.contains("DIGITAL_DELIVERY_ISSUED"), steps::toString);
    assertEquals(1, steps.stream().filter("DIGITALLY_DELIVERED"::equals).count(), steps::toString);

    assertEquals(404, Http.get(pool, SupplierApplicant.member("STANDARD").token()).status(), "another supplier's product");
    assertEquals(403, Http.post(pool, gina, "text/csv", "X\n").status(), "a buyer has no key pool");
  }

  /** MariaDB keeps whole seconds with Connector/J (README "Known issues"). */
  private static java.time.Instant seconds(String instant) {
    return java.time.Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private static JsonObject software(String token, long orderId) {
    return Http.get(API + "/software", token).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
        .filter(s -> s.getJsonNumber("orderId").longValue() == orderId).findFirst().orElseThrow();
  }
}
