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
import org.extranet.marketplace.e2e.KeycloakAdmin;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Organizations are told when their orders move: the buyer of the supplier's steps, the supplier of the receipt. */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final String API = TestStack.API;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void theBuyerHearsOfAcceptanceAndShipmentTheSupplierOfTheReceiptAndEachReadsOnlyItsOwn() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long item = Shop.publish(supplier, "9.00", 10);
    JsonObject placed = Shop.place(gina, order(line(item, 2))).json();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    long lineId = Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT").getJsonArray("lines").getJsonObject(0)
        .getJsonNumber("id").longValue();
    assertEquals(200, Http.postJson(API + "/purchase-orders/" + poId + "/acknowledgement", supplier.token(), "{\"decision\":\"ACCEPT\"}").status());
    long shipment = Http.postJson(API + "/purchase-orders/" + poId + "/shipments", supplier.token(), "{\"carrier\":\"DHL\","
        + "\"trackingNumber\":\"JD" + System.nanoTime() + "\",\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":2}]}")
        .json().getJsonNumber("id").longValue();

    JsonObject inbox = Http.get(API + "/notifications?unread=true&max=200", gina).json();
    List<JsonObject> mine = inbox.getJsonArray("items").stream().map(JsonValue::asJsonObject)
        .filter(n -> n.getJsonNumber("purchaseOrderId").longValue() == poId).toList();
    assertEquals(List.of("SHIPPED", "PURCHASE_ORDER_ACCEPTED"), mine.stream().map(n -> n.getString("step")).toList(), "newest first");
    assertEquals(supplier.name() + " accepted purchase order " + poId, mine.get(1).getString("title"));
    assertTrue(inbox.getInt("unread") >= 2);

    String read = API + "/notifications/" + mine.get(0).getJsonNumber("id") + "/read";
    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(404, Http.postJson(read, stranger, "{}").status(), "another organization's notification");
    assertEquals(404, Http.postJson(read, supplier.token(), "{}").status());
    assertTrue(Http.postJson(read, gina, "{}").json().containsKey("readAt"));
    assertTrue(Http.get(API + "/notifications?unread=true&max=200", gina).json().getJsonArray("items").stream()
        .noneMatch(n -> n.asJsonObject().getJsonNumber("id").equals(mine.get(0).getJsonNumber("id"))), "read: no longer unread");

    assertEquals(200, Http.postJson(API + "/shipments/" + shipment + "/receipt", gina, "{}").status());
    List<String> supplierHears = Http.get(API + "/notifications", supplier.token()).json().getJsonArray("items").stream()
        .map(n -> n.asJsonObject().getString("title")).toList();
    assertEquals(List.of("Globex Corporation confirmed receipt for purchase order " + poId), supplierHears);
  }
}
