// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an order cost to process, from its ledger steps and the operator's cost model (issue 8), in JSON
 * and CSV; the cost model as operator-edited data that refuses bad figures and keeps the old ones.
 */
@ExtendWith(ArquillianExtension.class)
class OrderCostIT {

  private static final String MODEL = TestStack.API + "/metrics/cost-model";
  private static String gina;
  private static String olga;
  private static SupplierApplicant supplier;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void people() {
    DemoNetworkFixture.ensureLoaded();
    gina = Tokens.person("gina@globex.example");
    olga = Tokens.person("olga@marketplace.example");
    supplier = SupplierApplicant.member("STANDARD");
  }

  @Test
  void anOrdersCostIsTheSumOfItsLedgerStepsPricedByTheModelInJsonAndCsv() {
    long item = Shop.publish(supplier, "15.00", 10);
    JsonObject placed = Shop.place(gina, order(line(item, 2))).json();
    long orderId = placed.getJsonNumber("id").longValue();
    // the outbox worker's PURCHASE_ORDER_SENT step first, so that JSON and CSV below read the same steps
    Shop.awaitPurchaseOrder(supplier.token(), placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue(), "SENT");
    String url = TestStack.API + "/metrics/orders/" + orderId + "/cost";

    Reply reply = Http.get(url, gina);
    assertEquals(200, reply.status(), reply::body);
    JsonObject cost = reply.json();
    List<JsonObject> steps = cost.getJsonArray("steps").stream().map(JsonValue::asJsonObject).toList();
    JsonObject submitted = steps.stream().filter(s -> s.getString("type").equals("SUBMITTED")).findFirst().orElseThrow();
    assertEquals("ORDER_ENTRY", submitted.getString("activity"));
    assertEquals("REST", submitted.getString("medium"));
    assertEquals("6.00", money(submitted, "labour"), "gina's unmeasured REST order: the model's 8 portal minutes × $45");
    JsonObject bookkeeping = steps.stream().filter(s -> s.getString("type").equals("PLACED")).findFirst().orElseThrow();
    assertEquals("0.00", money(bookkeeping, "total"), "bookkeeping costs nothing");
    BigDecimal sum = steps.stream().map(s -> s.getJsonNumber("total").bigDecimalValue())
        .reduce(cost.getJsonNumber("platform").bigDecimalValue(), BigDecimal::add);
    assertEquals(0, sum.compareTo(cost.getJsonNumber("total").bigDecimalValue()), "total = Σ steps + platform: " + cost);
    assertEquals("150.16", money(cost, "manualBaseline"));

    Reply csv = Http.get(url, gina, "text/csv");
    assertEquals(200, csv.status(), csv::body);
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    List<String> rows = csv.body().lines().toList();
    assertEquals("eventId,type,activity,channel,medium,actorRole,automated,minutes,measured,labour,fee,total", rows.get(0));
    assertEquals(steps.size() + 3, rows.size(), "header, one row per step, platform, total");
    assertTrue(rows.get(rows.size() - 1).endsWith("," + money(cost, "total")), rows::toString);

    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(404, Http.get(url, stranger).status(), "another organization's order");
    assertEquals(403, Http.get(url, supplier.token()).status(), "an order's cost is its buyer's (and the operator's)");
    assertEquals(200, Http.get(url, olga).status());
  }

  @Test
  void costsAddUpByChannelSupplierAndMonthFromTheFactsKeptPerStep() {
    SupplierApplicant fresh = SupplierApplicant.member("STANDARD");
    long item = Shop.publish(fresh, "20.00", 50);
    BigDecimal sumOfOrders = BigDecimal.ZERO;
    for (int i = 1; i <= 3; i++) {
      long orderId = Shop.place(gina, order(line(item, i))).json().getJsonNumber("id").longValue();
      sumOfOrders = sumOfOrders.add(Http.get(TestStack.API + "/metrics/orders/" + orderId + "/cost", gina).json()
          .getJsonNumber("total").bigDecimalValue());
    }
    String report = TestStack.API + "/metrics/order-cost";

    List<JsonObject> mine = Http.get(report + "?groupBy=supplier", fresh.token()).jsonStructure().asJsonArray().stream()
        .map(JsonValue::asJsonObject).toList();
    assertEquals(1, mine.size(), "a supplier sees its own share only: " + mine);
    assertEquals(fresh.organizationId(), mine.get(0).getString("key"));
    assertEquals("3", mine.get(0).getJsonNumber("orders").toString(), "whole orders (a share only when an order has several suppliers)");
    BigDecimal reported = mine.get(0).getJsonNumber("totalCost").bigDecimalValue();
    assertTrue(reported.subtract(sumOfOrders).abs().compareTo(new BigDecimal("0.05")) <= 0,
        "the facts price the same steps: " + reported + " vs Σ orders " + sumOfOrders);

    List<String> channels = Http.get(report + "?groupBy=channel", olga).jsonStructure().asJsonArray().stream()
        .map(r -> r.asJsonObject().getString("key")).toList();
    assertTrue(channels.containsAll(List.of("REST", "PORTAL", "MANUAL")), "the demo's and these orders' channels: " + channels);
    String thisMonth = java.time.LocalDate.now().toString().substring(0, 7);
    assertTrue(Http.get(report + "?groupBy=month", olga).body().contains("\"" + thisMonth + "\""));

    assertTrue(Http.get(report + "?groupBy=buyer", olga, "*/*").contentType().startsWith("application/json"),
        "JSON unless CSV is asked for");
    Reply csv = Http.get(report + "?groupBy=buyer", olga, "text/csv");
    assertEquals("key,orders,averageCost,totalCost,savingsVsManual", csv.body().lines().findFirst().orElseThrow());
    assertTrue(csv.body().contains(org.extranet.marketplace.e2e.DemoIds.GLOBEX), csv::body);

    assertEquals(400, Http.get(report + "?groupBy=weekday", olga).status());
    assertEquals(400, Http.get(report + "?from=2026-13-01", olga).status());
    Reply reversed = Http.get(report + "?from=2026-11-24&to=2026-01-01", olga);
    assertEquals(400, reversed.status());
    assertTrue(reversed.body().contains("\"from\""), reversed::body);
    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(0, Http.get(report, stranger).jsonStructure().asJsonArray().size(), "another buyer sees only its own (none)");
  }

  @Test
  void theOperatorChangesTheModelBadFiguresAreRefusedAndTheOldModelStays() {
    JsonObject before = Http.get(MODEL, gina).json();
    assertEquals("45", before.getJsonObject("hourlyRates").getJsonNumber("BUYER").bigDecimalValue().stripTrailingZeros().toPlainString());
    String original = before.toString();

    assertEquals(403, Http.put(MODEL, gina, original).status(), "only the operator");
    Reply refused = Http.put(MODEL, olga, original.replaceFirst("\"BUYER\":[0-9.]+", "\"BUYER\":-5").replaceFirst("\"platformCostPerOrder\":[0-9.]+,", ""));
    assertEquals(422, refused.status(), refused::body);
    assertTrue(refused.body().contains("hourlyRates.BUYER") && refused.body().contains("platformCostPerOrder"), refused::body);
    assertEquals(400, Http.put(MODEL, olga, original.replace("\"BUYER\":", "\"BUYERS\":")).status(), "an unknown role is named");
    assertEquals(before.getJsonObject("hourlyRates"), Http.get(MODEL, gina).json().getJsonObject("hourlyRates"), "the old model stays");

    Reply saved = Http.put(MODEL, olga, original.replaceFirst("\"BUYER\":[0-9.]+", "\"BUYER\":90"));
    try {
      assertEquals(200, saved.status(), saved::body);
      assertTrue(saved.json().containsKey("revision"), saved::body);
      long item = Shop.publish(supplier, "15.00", 10);
      long orderId = Shop.place(gina, order(line(item, 1))).json().getJsonNumber("id").longValue();
      JsonObject submitted = Http.get(TestStack.API + "/metrics/orders/" + orderId + "/cost", gina).json().getJsonArray("steps")
          .stream().map(JsonValue::asJsonObject).filter(s -> s.getString("type").equals("SUBMITTED")).findFirst().orElseThrow();
      assertEquals("12.00", money(submitted, "labour"), "8 minutes at the new $90");
    } finally {
      assertEquals(200, Http.put(MODEL, olga, original).status(), "the defaults back for other tests");
    }
  }

  private static String money(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue().setScale(2).toPlainString();
  }
}
