// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.extranet.marketplace.e2e.DemoIds;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the order, over REST on MariaDB: the supplier acknowledges (accept in part, reject), ships in parts
 * with carriers and tracking numbers, reports the carrier's events up to delivered or failed; the buyer
 * follows one timeline and confirms receipt. Every refusal leaves nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class FulfilmentIT {

  private static final String API = TestStack.API;
  private static String gina;
  private static SupplierApplicant supplier;
  private static SupplierApplicant otherSupplier;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void people() {
    DemoNetworkFixture.ensureLoaded();
    gina = Tokens.person("gina@globex.example");
    supplier = SupplierApplicant.member("STANDARD");
    otherSupplier = SupplierApplicant.member("STANDARD");
  }

  @Test
  void partAcceptedShippedInTwoShipmentsDeliveredFailedAndReceivedOnOneTimeline() {
    long cables = Shop.publish(supplier, "12.50", 50);
    long switches = Shop.publish(supplier, "240.00", 10);
    JsonObject placed = Shop.place(gina, order(line(cables, 10), line(switches, 4))).json();
    long orderId = placed.getJsonNumber("id").longValue();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject po = Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT");
    long cableLine = lineId(po, cables);
    long switchLine = lineId(po, switches);

    LocalDate promised = LocalDate.now().plusDays(14);
    Reply partial = Http.postJson(API + "/purchase-orders/" + poId + "/acknowledgement", supplier.token(),
        "{\"decision\":\"PARTIAL\",\"lines\":[{\"lineId\":" + cableLine + ",\"quantity\":6,\"promisedDate\":\"" + promised + "\"}]}");
    assertEquals(200, partial.status(), partial::body);
    assertEquals("PARTIALLY_ACCEPTED", partial.json().getString("status"));
    JsonObject cableAnswer = lineOf(partial.json(), cableLine);
    assertEquals(6, cableAnswer.getInt("acceptedQuantity"));
    assertEquals(promised.toString(), cableAnswer.getString("promisedDate"));
    assertEquals(4, lineOf(partial.json(), switchLine).getInt("acceptedQuantity"), "lines not named are accepted in full");
    assertEquals(409, Http.postJson(API + "/purchase-orders/" + poId + "/acknowledgement", supplier.token(),
        "{\"decision\":\"ACCEPT\"}").status(), "a purchase order is acknowledged once");

    String ups = "1Z" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    Reply first = ship(poId, "UPS", ups, cableLine, 6, switchLine, 4);
    assertEquals(201, first.status(), first::body);
    JsonObject shipment = first.json();
    long firstId = shipment.getJsonNumber("id").longValue();
    assertTrue(first.body().contains("https://www.ups.com/track?tracknum=" + ups), first::body);
    assertEquals("SHIPPED", shipment.getString("status"));

    Reply overShipped = ship(poId, "DHL", "JD" + System.nanoTime(), cableLine, 5);
    assertEquals(422, overShipped.status(), overShipped::body);
    assertTrue(overShipped.body().contains("still to ship"), overShipped::body);
    assertEquals(409, ship(poId, "UPS", ups, cableLine, 1).status(), "a carrier's tracking number is on one shipment");
    assertEquals(1, Http.get(API + "/purchase-orders/" + poId + "/shipments", supplier.token()).json().getJsonArray("items").size(),
        "the refused shipments left nothing");

    Instant shippedAt = Instant.parse(shipment.getString("shippedAt"));
    Reply early = event(firstId, "IN_TRANSIT", shippedAt.minus(1, ChronoUnit.HOURS), "Louisville, KY", null);
    assertEquals(422, early.status(), "an event dated before its shipment: " + early.body());
    assertEquals(200, event(firstId, "IN_TRANSIT", Instant.now(), "Louisville, KY", null).status());
    Reply delivered = event(firstId, "DELIVERED", Instant.now(), "Chicago, IL", "left at reception");
    assertEquals(200, delivered.status(), delivered::body);
    assertEquals("DELIVERED", delivered.json().getString("status"));
    assertEquals(409, event(firstId, "IN_TRANSIT", Instant.now(), null, null).status(), "nothing after the outcome");

    String dhl = "JD" + System.nanoTime();
    long secondId = ship(poId, "DHL", dhl, cableLine, 4).json().getJsonNumber("id").longValue();
    assertEquals(400, event(secondId, "FAILED", Instant.now(), "Chicago, IL", null).status(), "a failure needs its reason");
    Reply failed = event(secondId, "FAILED", Instant.now(), "Chicago, IL", "consignee unknown at address");
    assertEquals("FAILED", failed.json().getString("status"));
    assertEquals("consignee unknown at address", failed.json().getString("outcomeReason"));
    assertEquals(4, lineOf(Http.get(API + "/purchase-orders/" + poId, supplier.token()).json(), cableLine).getInt("quantity")
        - lineOf(Http.get(API + "/purchase-orders/" + poId, supplier.token()).json(), cableLine).getInt("shippedQuantity"),
        "a failed shipment's units are to ship again");
    String performance = API + "/suppliers/" + supplier.organizationId() + "/delivery-performance";
    JsonObject outcomes = Http.get(performance, supplier.token()).json();
    assertEquals(1, outcomes.getInt("delivered"));
    assertEquals(1, outcomes.getInt("failed"));
    assertEquals("0.5000", outcomes.getJsonNumber("deliveryFailureRate").bigDecimalValue().toPlainString(), "failed ÷ (delivered + failed)");
    assertEquals(404, Http.get(performance, otherSupplier.token()).status(), "another supplier's figures");

    Reply receipt = Http.postJson(API + "/shipments/" + firstId + "/receipt", gina,
        "{\"lines\":[{\"lineId\":" + cableLine + ",\"quantity\":6},{\"lineId\":" + switchLine + ",\"quantity\":3}]}");
    assertEquals(200, receipt.status(), receipt::body);
    assertEquals(409, Http.postJson(API + "/shipments/" + firstId + "/receipt", gina, "{}").status(), "received once");
    assertEquals(409, Http.postJson(API + "/shipments/" + secondId + "/receipt", gina, "{}").status(), "nothing to receive of a failure");
    JsonObject received = Http.get(Shop.ORDERS + "/" + orderId, gina).json().getJsonArray("purchaseOrders").getJsonObject(0);
    assertEquals(6, lineOf(received, cableLine).getInt("receivedQuantity"));
    assertEquals(3, lineOf(received, switchLine).getInt("receivedQuantity"));

    List<JsonObject> timeline = Http.get(Shop.ORDERS + "/" + orderId + "/tracking", gina).json().getJsonArray("items")
        .stream().map(JsonValue::asJsonObject).toList();
    List<String> types = timeline.stream().map(e -> e.getString("type") + "@" + e.getString("at")).toList();
    assertInOrder(types, "SUBMITTED", "PLACED", "PURCHASE_ORDER_SENT", "PURCHASE_ORDER_PARTIALLY_ACCEPTED", "SHIPPED",
        "IN_TRANSIT", "DELIVERED", "SHIPPED", "FAILED", "RECEIPT_CONFIRMED");
    JsonObject inTransit = timeline.stream().filter(e -> e.getString("type").equals("IN_TRANSIT")).findFirst().orElseThrow();
    assertEquals(ups, inTransit.getString("trackingNumber"));
    assertEquals("Louisville, KY", inTransit.getString("location"));
    for (int i = 1; i < timeline.size(); i++) {
      assertTrue(!Instant.parse(timeline.get(i).getString("at")).isBefore(Instant.parse(timeline.get(i - 1).getString("at"))),
          "in time order: " + types);
    }
  }

  @Test
  void samShipsWithUpsGinaFollowsItAndAFailedShipmentRaisesNorthwindsFailureRate() {
    SupplierApplicant sam = new SupplierApplicant(DemoIds.NORTHWIND, "sam@northwind.example", "Northwind Software",
        Tokens.person("sam@northwind.example"));
    String performance = API + "/suppliers/" + DemoIds.NORTHWIND + "/delivery-performance";
    JsonObject before = Http.get(performance, sam.token()).json();
    long item = Shop.publish(sam, "49.00", 30);
    JsonObject placed = Shop.place(gina, order(line(item, 3))).json();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    long lineId = lineId(Shop.awaitPurchaseOrder(sam.token(), poId, "SENT"), item);

    assertEquals(200, Http.postJson(API + "/purchase-orders/" + poId + "/acknowledgement", sam.token(), "{\"decision\":\"ACCEPT\"}").status());
    String ups = "1Z" + Long.toString(System.nanoTime(), 36).toUpperCase();
    long delivered = ship(poId, "UPS", ups, lineId, 2, sam.token()).json().getJsonNumber("id").longValue();
    assertEquals(200, event(delivered, "IN_TRANSIT", Instant.now(), "Louisville, KY", null, sam.token()).status());
    assertEquals(200, event(delivered, "DELIVERED", Instant.now(), "Chicago, IL", null, sam.token()).status());
    List<JsonObject> timeline = Http.get(Shop.ORDERS + "/" + placed.getJsonNumber("id") + "/tracking", gina).json()
        .getJsonArray("items").stream().map(JsonValue::asJsonObject).filter(e -> e.containsKey("trackingNumber")).toList();
    assertEquals(List.of("SHIPPED", "IN_TRANSIT", "DELIVERED"), timeline.stream().map(e -> e.getString("type")).toList());
    timeline.forEach(e -> assertEquals(ups, e.getString("trackingNumber")));

    long failed = ship(poId, "UPS", ups + "F", lineId, 1, sam.token()).json().getJsonNumber("id").longValue();
    assertEquals(200, event(failed, "FAILED", Instant.now(), "Chicago, IL", "damaged in transit", sam.token()).status());
    JsonObject after = Http.get(performance, sam.token()).json();
    assertEquals(before.getInt("delivered") + 1, after.getInt("delivered"));
    assertEquals(before.getInt("failed") + 1, after.getInt("failed"));
    BigDecimal rateBefore = before.containsKey("deliveryFailureRate") && !before.isNull("deliveryFailureRate")
        ? before.getJsonNumber("deliveryFailureRate").bigDecimalValue() : BigDecimal.ZERO;
    assertTrue(after.getJsonNumber("deliveryFailureRate").bigDecimalValue().compareTo(rateBefore) > 0,
        "the failure raised Northwind's rate: " + before + " → " + after);
  }

  @Test
  void theDemoNetworksOrdersCarryTheirFulfilment() {
    List<JsonObject> demo = new java.util.ArrayList<>();
    for (int page = 0; ; page++) { // the oldest orders are the demo's: after every other test's
      List<JsonObject> items = Http.get(Shop.ORDERS + "?size=200&page=" + page, gina).json().getJsonArray("items").stream()
          .map(JsonValue::asJsonObject).toList();
      if (items.isEmpty()) {
        break;
      }
      items.stream().filter(o -> o.getString("note", "").startsWith("Demo:")).forEach(demo::add);
    }
    JsonObject delivered = demo.stream().filter(o -> o.getString("note").contains("delivered by UPS")).findFirst().orElseThrow();
    List<String> steps = Http.get(Shop.ORDERS + "/" + delivered.getJsonNumber("id") + "/tracking", gina).json()
        .getJsonArray("items").stream().map(e -> e.asJsonObject().getString("type") + " " + e.asJsonObject().getString("trackingNumber", "")).toList();
    assertInOrder(steps.stream().map(step -> step.strip() + "@").toList(), "PURCHASE_ORDER_ACCEPTED", "SHIPPED 1ZDEMO0000000001",
        "IN_TRANSIT 1ZDEMO0000000001", "DELIVERED 1ZDEMO0000000001", "RECEIPT_CONFIRMED 1ZDEMO0000000001");
    long deliveredId = delivered.getJsonNumber("id").longValue();
    assertTrue(Http.get(API + "/invoices", gina).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
        .anyMatch(i -> i.getJsonNumber("orderId").longValue() == deliveredId && i.getString("matchStatus").equals("MATCHED")),
        "the delivered demo order is invoiced and matched");
    JsonObject rejected = demo.stream().filter(o -> o.getString("note").contains("rejected")).findFirst().orElseThrow();
    assertEquals("REJECTED", Http.get(Shop.ORDERS + "/" + rejected.getJsonNumber("id"), gina).json()
        .getJsonArray("purchaseOrders").getJsonObject(0).getString("status"));
  }

  @Test
  void nothingShipsBeforeAcceptanceAndARejectionGivesTheStockBackWithItsReason() {
    long item = Shop.publish(supplier, "30.00", 20);
    Sent sent = orderOf(item, 5);
    long poId = sent.purchaseOrderId();
    long lineId = sent.lineId();
    assertEquals(15, Shop.stock(item, gina));

    assertEquals(409, ship(poId, "UPS", "1Z" + System.nanoTime(), lineId, 5).status(), "shipping before acceptance");
    String ack = API + "/purchase-orders/" + poId + "/acknowledgement";
    Reply noReason = Http.postJson(ack, supplier.token(), "{\"decision\":\"REJECT\"}");
    assertEquals(400, noReason.status());
    assertTrue(noReason.body().contains("\"reason\""), noReason::body);
    assertEquals(400, Http.postJson(ack, supplier.token(), "{\"decision\":\"MAYBE\"}").status());
    assertEquals(15, Shop.stock(item, gina), "the refused answers changed nothing");

    Reply rejected = Http.postJson(ack, supplier.token(), "{\"decision\":\"REJECT\",\"reason\":\"Discontinued by the maker\"}");
    assertEquals(200, rejected.status(), rejected::body);
    assertEquals(20, Shop.stock(item, gina), "its stock went back");
    JsonObject seenByBuyer = Http.get(Shop.ORDERS + "/" + sent.orderId(), gina).json()
        .getJsonArray("purchaseOrders").getJsonObject(0);
    assertEquals("REJECTED", seenByBuyer.getString("status"));
    assertEquals("Discontinued by the maker", seenByBuyer.getString("rejectionReason"));
    assertEquals(409, Http.postJson(ack, supplier.token(), "{\"decision\":\"ACCEPT\"}").status());
    assertEquals(409, ship(poId, "UPS", "1Z" + System.nanoTime(), lineId, 1).status(), "a rejected purchase order never ships");
  }

  @Test
  void eachSideActsOnlyOnItsOwnAndBadFieldsAreNamed() {
    long item = Shop.publish(supplier, "8.00", 20);
    Sent sent = orderOf(item, 2);
    long poId = sent.purchaseOrderId();
    long lineId = sent.lineId();
    String ack = API + "/purchase-orders/" + poId + "/acknowledgement";

    assertEquals(404, Http.postJson(ack, otherSupplier.token(), "{\"decision\":\"ACCEPT\"}").status(), "another supplier's");
    assertEquals(403, Http.postJson(ack, gina, "{\"decision\":\"ACCEPT\"}").status(), "the buyer does not acknowledge");
    assertEquals(200, Http.postJson(ack, supplier.token(), "{\"decision\":\"ACCEPT\"}").status());

    Reply badFields = Http.postJson(API + "/purchase-orders/" + poId + "/shipments", supplier.token(),
        "{\"carrier\":\"PIGEON\",\"trackingNumber\":\"?\",\"lines\":[]}");
    assertEquals(400, badFields.status());
    for (String field : List.of("carrier", "trackingNumber", "lines")) {
      assertTrue(badFields.body().contains("\"" + field + "\""), field + " named: " + badFields.body());
    }
    assertEquals(404, ship(poId, "UPS", "1Z" + System.nanoTime(), lineId, 1, otherSupplier.token()).status());
    Reply shipped = ship(poId, "SF Express", "SF" + System.nanoTime(), lineId, 2);
    assertEquals(201, shipped.status(), shipped::body);
    assertEquals("SF_EXPRESS", shipped.json().getString("carrier"));
    String shipment = API + "/shipments/" + shipped.json().getJsonNumber("id");

    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(404, Http.get(shipment, stranger).status(), "another buyer's shipment");
    assertEquals(404, Http.get(shipment, otherSupplier.token()).status(), "another supplier's shipment");
    assertEquals(404, Http.postJson(shipment + "/receipt", stranger, "{}").status());
    assertEquals(404, Http.postJson(shipment + "/events", otherSupplier.token(), "{\"code\":\"IN_TRANSIT\"}").status());
    assertEquals(403, Http.postJson(shipment + "/events", gina, "{\"code\":\"IN_TRANSIT\"}").status(), "the carrier reports to the supplier");
    assertEquals(403, Http.postJson(shipment + "/receipt", supplier.token(), "{}").status(), "the buyer confirms receipt");
    Reply tooMany = Http.postJson(shipment + "/receipt", gina, "{\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":3}]}");
    assertEquals(422, tooMany.status(), tooMany::body);
    assertEquals(200, Http.get(shipment, gina).status());
    JsonObject unreceived = Http.get(shipment, gina).json();
    assertTrue(!unreceived.containsKey("receivedAt") || unreceived.isNull("receivedAt"), "the refused receipt left nothing");
    Reply all = Http.postJson(shipment + "/receipt", gina, "{}");
    assertEquals(2, all.json().getJsonArray("lines").getJsonObject(0).getInt("receivedQuantity"), "no lines: all of it arrived");
  }

  /** gina's one-line order, once its purchase order is in the supplier's inbox. */
  private record Sent(long orderId, long purchaseOrderId, long lineId) {}

  private static Sent orderOf(long productId, int quantity) {
    JsonObject placed = Shop.place(gina, order(line(productId, quantity))).json();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    return new Sent(placed.getJsonNumber("id").longValue(), poId,
        lineId(Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT"), productId));
  }

  private static Reply ship(long poId, String carrier, String trackingNumber, long lineId, int quantity, String token) {
    return Http.postJson(API + "/purchase-orders/" + poId + "/shipments", token, "{\"carrier\":\"" + carrier
        + "\",\"trackingNumber\":\"" + trackingNumber + "\",\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":" + quantity + "}]}");
  }

  private static Reply ship(long poId, String carrier, String trackingNumber, long lineId, int quantity) {
    return ship(poId, carrier, trackingNumber, lineId, quantity, supplier.token());
  }

  private static Reply ship(long poId, String carrier, String trackingNumber, long lineA, int unitsA, long lineB, int unitsB) {
    return Http.postJson(API + "/purchase-orders/" + poId + "/shipments", supplier.token(), "{\"carrier\":\"" + carrier
        + "\",\"trackingNumber\":\"" + trackingNumber + "\",\"lines\":[{\"lineId\":" + lineA + ",\"quantity\":" + unitsA
        + "},{\"lineId\":" + lineB + ",\"quantity\":" + unitsB + "}]}");
  }

  private static Reply event(long shipmentId, String code, Instant at, String location, String note) {
    return event(shipmentId, code, at, location, note, supplier.token());
  }

  private static Reply event(long shipmentId, String code, Instant at, String location, String note, String token) {
    return Http.postJson(API + "/shipments/" + shipmentId + "/events", token, "{\"code\":\"" + code + "\",\"at\":\""
        + at + "\"" + (location == null ? "" : ",\"location\":\"" + location + "\"")
        + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}");
  }

  private static long lineId(JsonObject purchaseOrder, long productId) {
    return purchaseOrder.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("productId").longValue() == productId)
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static JsonObject lineOf(JsonObject purchaseOrder, long lineId) {
    return purchaseOrder.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("id").longValue() == lineId).findFirst().orElseThrow();
  }

  /** The expected types appear in this order (other steps may come between). */
  private static void assertInOrder(List<String> types, String... expected) {
    int at = 0;
    for (String type : types) {
      if (at < expected.length && type.startsWith(expected[at] + "@")) {
        at++;
      }
    }
    assertEquals(expected.length, at, "expected in order " + List.of(expected) + " within " + types);
  }
}
