// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
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
 * Placing orders over REST on MariaDB: the split into purchase orders, idempotent retries, the stock
 * nobody may oversell, shortage choices, and refusals that leave nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPlacementIT {

  private static String gina;
  private static SupplierApplicant first;
  private static SupplierApplicant second;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void suppliers() {
    DemoNetworkFixture.ensureLoaded(); // Globex and its people
    gina = Tokens.person("gina@globex.example");
    first = SupplierApplicant.member("STANDARD");
    second = SupplierApplicant.member("STANDARD");
  }

  @Test
  void aTwoSupplierOrderUnderTheLimitIsPlacedWithOnePurchaseOrderPerSupplierAndTheSameKeyReturnsIt() {
    long a = Shop.publish(first, "120.00", 40);
    long b = Shop.publish(second, "75.50", 40);
    String body = order(line(a, 3), line(b, 2));
    String key = UUID.randomUUID().toString();

    Reply placed = Http.postJson(Shop.ORDERS, gina, body, key);
    assertEquals(201, placed.status(), placed::body);
    JsonObject order = placed.json();
    assertEquals("PLACED", order.getString("status"));
    assertEquals("511.00", order.getJsonObject("total").getString("amount"));
    assertEquals(2, order.getJsonArray("purchaseOrders").size(), "one purchase order per supplier");
    assertEquals(Set.of(first.organizationId(), second.organizationId()), order.getJsonArray("purchaseOrders").stream()
        .map(po -> po.asJsonObject().getJsonObject("supplier").getString("id")).collect(Collectors.toSet()));
    assertEquals(37, Shop.stock(a, gina));
    assertEquals(38, Shop.stock(b, gina));

    Reply again = Http.postJson(Shop.ORDERS, gina, body, key);
    assertEquals(201, again.status(), again::body);
    assertEquals(order.getJsonNumber("id"), again.json().getJsonNumber("id"), "the same key answers the first order");
    assertEquals(37, Shop.stock(a, gina), "and takes no more stock");
    assertEquals(422, Http.postJson(Shop.ORDERS, gina, order(line(a, 4)), key).status(), "the same key with another body");

    long poId = order.getJsonArray("purchaseOrders").stream().map(JsonValue::asJsonObject)
        .filter(po -> po.getJsonObject("supplier").getString("id").equals(first.organizationId()))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    JsonObject inInbox = Shop.awaitPurchaseOrder(first.token(), poId, "SENT");
    assertEquals(1, inInbox.getJsonArray("lines").size());
    assertEquals(404, Http.get(TestStack.API + "/purchase-orders/" + poId, second.token()).status(), "another supplier's");

    List<String> steps = Http.get(Shop.ORDERS + "/" + order.getJsonNumber("id") + "/tracking", gina).json()
        .getJsonArray("items").stream().map(e -> e.asJsonObject().getString("type")).toList();
    assertEquals(List.of("SUBMITTED", "PLACED"), steps.subList(0, 2));
    assertTrue(steps.contains("PURCHASE_ORDER_SENT"), steps::toString);
  }

  @Test
  void concurrentRetriesWithOneKeyMakeOneOrder() throws Exception {
    long a = Shop.publish(first, "10.00", 100);
    String body = order(line(a, 5));
    String key = UUID.randomUUID().toString();
    List<Reply> replies = concurrently(8, () -> Http.postJson(Shop.ORDERS, gina, body, key));
    assertEquals(Set.of(201), replies.stream().map(Reply::status).collect(Collectors.toSet()), () -> replies.toString());
    assertEquals(1, replies.stream().map(r -> r.json().getJsonNumber("id").longValue()).distinct().count());
    assertEquals(95, Shop.stock(a, gina), "stock taken once");
  }

  @Test
  void twentyConcurrentOrdersForFiveUnitsSellExactlyFive() throws Exception {
    long scarce = Shop.publish(first, "99.00", 5);
    List<Reply> replies = concurrently(20, () -> Shop.place(gina, order(line(scarce, 1))));
    assertEquals(5, replies.stream().filter(r -> r.status() == 201).count(), () -> replies.toString());
    assertEquals(15, replies.stream().filter(r -> r.status() == 409).count(), () -> replies.toString());
    assertEquals(0, Shop.stock(scarce, gina));
    Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertEquals(1, refused.json().getJsonArray("errors").getJsonObject(0).getInt("line"), "names the short line");
  }

  @Test
  void aShortLineNeedsAChoiceAndEachChoiceIsRecordedOnTheLine() {
    long short_ = Shop.publish(first, "50.00", 2);
    long plenty = Shop.publish(first, "55.00", 50);
    Reply refused = Shop.place(gina, order(line(plenty, 1), line(short_, 5)));
    assertEquals(409, refused.status(), refused::body);
    assertEquals(2, refused.json().getJsonArray("errors").getJsonObject(0).getInt("line"));
    assertEquals(50, Shop.stock(plenty, gina), "nothing half-written");
    assertEquals(2, Shop.stock(short_, gina));

    Reply backordered = Shop.place(gina, order("{\"productId\":" + short_ + ",\"quantity\":5,\"shortage\":\"BACKORDER\"}"));
    assertEquals(201, backordered.status(), backordered::body);
    JsonObject line = backordered.json().getJsonArray("purchaseOrders").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
    assertEquals("BACKORDER", line.getString("availability"));
    assertEquals(2, line.getInt("reservedQuantity"), "what was on hand ships now");
    assertTrue(line.containsKey("expectedDate"));
    assertEquals(0, Shop.stock(short_, gina));

    Reply substituted = Shop.place(gina, order("{\"productId\":" + short_ + ",\"quantity\":4,\"shortage\":\"SUBSTITUTE\","
        + "\"substituteProductId\":" + plenty + "}"));
    assertEquals(201, substituted.status(), substituted::body);
    JsonObject taken = substituted.json().getJsonArray("purchaseOrders").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
    assertEquals(plenty, taken.getJsonNumber("productId").longValue());
    assertEquals(short_, taken.getJsonNumber("replacedProductId").longValue());
    assertEquals(46, Shop.stock(plenty, gina));
  }

  @Test
  void badLinesAreNamedAndNothingIsWritten() {
    long a = Shop.publish(first, "20.00", 10);
    Reply zero = Shop.place(gina, order(line(a, 0)));
    assertEquals(400, zero.status(), zero::body);
    assertTrue(zero.body().contains("lines[0].quantity"), zero::body);
    Reply unknown = Shop.place(gina, order(line(a, 1), line(987_654_321L, 1)));
    assertEquals(400, unknown.status(), unknown::body);
    assertTrue(unknown.body().contains("lines[1].productId"), unknown::body);
    Reply repriced = Shop.place(gina, order("{\"productId\":" + a + ",\"quantity\":1,\"expectedUnitPrice\":{\"amount\":\"18.00\",\"currency\":\"USD\"}}"));
    assertEquals(409, repriced.status(), repriced::body);
    assertTrue(repriced.body().contains("re-confirm"), repriced::body);
    assertEquals(400, Shop.place(gina, "{\"lines\":[]}").status());
    assertEquals(10, Shop.stock(a, gina));
    assertEquals(403, Shop.place(first.token(), order(line(a, 1))).status(), "suppliers do not buy");
    assertEquals(401, Shop.place(null, order(line(a, 1))).status());
  }

  @Test
  void aSuspendedSuppliersProductIsRefusedWithTheReason() {
    SupplierApplicant doomed = SupplierApplicant.member("STANDARD");
    long a = Shop.publish(doomed, "30.00", 10);
    String olga = Tokens.person("olga@marketplace.example");
    assertEquals(200, Http.postJson(TestStack.API + "/cart/lines", gina, line(a, 1)).status(), "in gina's cart before");
    Reply suspended = Http.postJson(TestStack.API + "/suppliers/" + doomed.organizationId() + "/suspension", olga, "{\"reason\":\"audit\"}");
    assertEquals(200, suspended.status(), suspended::body);
    try {
      assertTrue(Http.get(TestStack.API + "/cart/unavailable", gina).body().contains("not active"), "the cart tells why");
      Reply refused = Shop.place(gina, order(line(a, 1)));
      assertEquals(409, refused.status(), refused::body);
      assertTrue(refused.body().contains("not active"), refused::body);
    } finally {
      Http.postJson(TestStack.API + "/suppliers/" + doomed.organizationId() + "/reinstatement", olga, "{}");
    }
    assertEquals(201, Shop.place(gina, order(line(a, 1))).status(), "orderable again once reinstated");
    assertEquals(204, Http.delete(TestStack.API + "/cart/lines/" + a, gina).status());
  }

  @Test
  void theBuyerCancelsBeforeAcknowledgementAndTheStockGoesBack() {
    long a = Shop.publish(first, "15.00", 10);
    JsonObject placed = Shop.place(gina, order(line(a, 4))).json();
    assertEquals(6, Shop.stock(a, gina));
    String url = Shop.ORDERS + "/" + placed.getJsonNumber("id") + "/cancellation";
    Reply cancelled = Http.postJson(url, gina, "{\"reason\":\"ordered twice\"}");
    assertEquals(200, cancelled.status(), cancelled::body);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals(10, Shop.stock(a, gina));
    assertEquals(409, Http.postJson(url, gina, "{}").status(), "once");
  }

  @Test
  void anotherOrganizationsOrderAnswers404() {
    long a = Shop.publish(first, "12.00", 10);
    long id = Shop.place(gina, order(line(a, 1))).json().getJsonNumber("id").longValue();
    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(404, Http.get(Shop.ORDERS + "/" + id, stranger).status());
    assertEquals(404, Http.get(Shop.ORDERS + "/" + id + "/tracking", stranger).status());
    assertEquals(404, Http.postJson(Shop.ORDERS + "/" + id + "/cancellation", stranger, "{}").status());
    assertTrue(Http.get(Shop.ORDERS, stranger).json().getJsonArray("items").isEmpty());
    assertEquals(200, Http.get(Shop.ORDERS + "/" + id, gina).status());
  }

  static <T> List<T> concurrently(int n, java.util.concurrent.Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
