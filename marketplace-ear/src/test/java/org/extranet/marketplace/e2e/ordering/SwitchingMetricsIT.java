// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Switching, customer tiers, the switching-cost statement and the own-data export (issue 8) on the demo
 * network's year of history, which the real use cases wrote with a shifted clock: in JSON and CSV, scoped
 * to the caller's organization, bad input refused.
 */
@ExtendWith(ArquillianExtension.class)
class SwitchingMetricsIT {

  private static final String METRICS = TestStack.API + "/metrics";
  private static String olga;
  private static String gina;
  private static String sam;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void people() {
    DemoNetworkFixture.ensureLoaded();
    olga = Tokens.person("olga@marketplace.example");
    gina = Tokens.person("gina@globex.example");
    sam = Tokens.person("sam@northwind.example");
  }

  @Test
  void theYearMovedFromManualToElectronicAndTheCostByChannelShowsIt() {
    Map<String, JsonObject> byChannel = array(Http.get(METRICS + "/order-cost?groupBy=channel", olga)).stream()
        .collect(Collectors.toMap(r -> r.getString("key"), r -> r));
    BigDecimal manual = byChannel.get("MANUAL").getJsonNumber("averageCost").bigDecimalValue();
    BigDecimal portal = byChannel.get("PORTAL").getJsonNumber("averageCost").bigDecimalValue();
    assertTrue(manual.compareTo(new BigDecimal("125")) > 0 && manual.compareTo(new BigDecimal("175")) < 0, "manual ≈ $150: " + manual);
    assertTrue(portal.compareTo(new BigDecimal("25")) <= 0, "electronic ≤ $25: " + portal);
    assertTrue(byChannel.get("MANUAL").getJsonNumber("orders").intValue() >= 50, "a year of phoned, faxed and e-mailed orders");
    List<JsonObject> months = array(Http.get(METRICS + "/order-cost?groupBy=month", olga));
    assertTrue(months.size() >= 12, "twelve months of history and this one: " + months.size());
  }

  @Test
  void switchingPerBuyerAndRetentionPerSupplierScopedToTheCaller() {
    List<JsonObject> buyers = array(Http.get(METRICS + "/switching", olga));
    assertTrue(buyers.size() >= 12, "every demo buyer: " + buyers.size());
    JsonObject globex = buyers.stream().filter(b -> b.getJsonObject("buyer").getString("id").equals(DemoIds.GLOBEX)).findFirst().orElseThrow();
    assertFalse(globex.isNull("switchRate"), "Globex bought again in its categories: " + globex);
    BigDecimal shares = globex.getJsonArray("supplierShare").stream()
        .map(s -> s.asJsonObject().getJsonNumber("share").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(shares.subtract(BigDecimal.ONE).abs().compareTo(new BigDecimal("0.001")) <= 0, "shares of wallet add up to 1: " + shares);
    int hhi = globex.getJsonNumber("hhi").intValue();
    assertTrue(hhi > 0 && hhi <= 10000, "HHI " + hhi);
    assertTrue(buyers.stream().anyMatch(b -> b.getJsonNumber("switches").intValue() > 0), "somebody switched");

    List<JsonObject> own = array(Http.get(METRICS + "/switching", gina));
    assertEquals(List.of(DemoIds.GLOBEX), own.stream().map(b -> b.getJsonObject("buyer").getString("id")).toList(), "a buyer sees its own row");
    assertEquals(0, array(Http.get(METRICS + "/switching", sam)).size(), "a supplier sees no buyer's wallet");

    List<JsonObject> suppliers = array(Http.get(METRICS + "/switching/suppliers?from=2026-05-01&to=2026-10-31", olga));
    assertTrue(suppliers.stream().anyMatch(s -> s.getInt("retained") > 0), "customers kept from the half-year before");
    List<JsonObject> northwind = array(Http.get(METRICS + "/switching/suppliers", sam));
    assertEquals(1, northwind.size());
    assertEquals(DemoIds.NORTHWIND, northwind.get(0).getJsonObject("supplier").getString("id"));
    assertEquals(0, array(Http.get(METRICS + "/switching/suppliers", gina)).size());

    Reply csv = Http.get(METRICS + "/switching", olga, "text/csv");
    assertEquals("buyerId,buyer,lines,linesWithIncumbent,switches,switchRate,hhi,supplierId,supplier,spend,share",
        csv.body().lines().findFirst().orElseThrow());
    assertTrue(csv.body().contains("Globex Corporation"), csv::body);
    assertTrue(Http.get(METRICS + "/switching/suppliers", olga, "text/csv").body().startsWith("supplierId,supplier,customers,"));

    Reply reversed = Http.get(METRICS + "/switching?from=2026-11-24&to=2026-01-01", olga);
    assertEquals(400, reversed.status());
    assertTrue(reversed.contentType().startsWith("application/problem+json"), reversed.contentType());
    assertEquals(400, Http.get(METRICS + "/switching?to=yesterday", olga).status());
  }

  @Test
  void aSupplierSeesItsOwnCustomersInTiersAndNoOneElses() {
    List<JsonObject> tiers = array(Http.get(METRICS + "/customer-tiers", sam));
    assertTrue(tiers.stream().anyMatch(t -> t.getJsonObject("buyer").getString("id").equals(DemoIds.GLOBEX)), "Globex buys from Northwind: " + tiers);
    JsonObject first = tiers.get(0);
    assertEquals("A", first.getString("abcClass"), "the largest customer is always A");
    assertTrue(first.getString("rfmScore").matches("[1-5]{3}"), first::toString);
    assertTrue(List.of("FIRST_TIME", "REPEAT", "CLIENT", "ADVOCATE").contains(first.getString("loyaltyStage")), first::toString);

    assertEquals(404, Http.get(METRICS + "/customer-tiers?supplierId=" + DemoIds.SHADY, sam).status(), "another supplier's customers");
    assertEquals(403, Http.get(METRICS + "/customer-tiers", gina).status(), "buyers have no customers");
    assertEquals(400, Http.get(METRICS + "/customer-tiers", olga).status(), "the operator names the supplier");
    assertEquals(200, Http.get(METRICS + "/customer-tiers?supplierId=" + DemoIds.NORTHWIND, olga).status());
    assertTrue(Http.get(METRICS + "/customer-tiers", sam, "text/csv").body()
        .startsWith("buyerId,buyer,recency,frequency,monetary,recencyScore,frequencyScore,monetaryScore,rfmScore,abcClass,loyaltyStage"));
  }

  @Test
  void ginasSwitchingCostStatementIsItemizedAndHerOrganizationsDataExports() {
    Reply reply = Http.get(METRICS + "/switching-cost-statement", gina);
    assertEquals(200, reply.status(), reply::body);
    JsonObject statement = reply.json();
    assertEquals(DemoIds.GLOBEX, statement.getString("organizationId"));
    Map<String, JsonObject> items = statement.getJsonArray("items").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(i -> i.getString("kind"), i -> i));
    assertTrue(items.keySet().containsAll(List.of("INTEGRATIONS", "CONTRACT_PRICE_ADVANTAGE", "PROCESSING_SAVINGS", "TRAINED_USERS",
        "OPEN_ORDERS", "CONTRACTS_IN_FORCE")), items::toString);
    assertTrue(items.get("PROCESSING_SAVINGS").getJsonNumber("amount").bigDecimalValue().signum() > 0, items::toString);
    assertTrue(items.get("TRAINED_USERS").getJsonNumber("quantity").intValue() >= 2, "gina and gus work in the portal");
    BigDecimal counted = items.values().stream().filter(i -> i.getBoolean("counted"))
        .map(i -> i.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, counted.compareTo(statement.getJsonNumber("total").bigDecimalValue()), "total = Σ counted items");
    assertTrue(Http.get(METRICS + "/switching-cost-statement", gina, "text/csv").body().contains("\r\nTOTAL,"));
    assertEquals(404, Http.get(METRICS + "/switching-cost-statement?organizationId=" + DemoIds.ACME, gina).status(),
        "another organization's statement");
    assertEquals(400, Http.get(METRICS + "/switching-cost-statement", olga).status(), "the operator names the member");
    Reply ginas = Http.get(METRICS + "/switching-cost-statement?organizationId=" + DemoIds.GLOBEX, olga);
    assertEquals(200, ginas.status(), ginas::body);
    assertEquals(0, ginas.json().getJsonNumber("total").bigDecimalValue().compareTo(statement.getJsonNumber("total").bigDecimalValue()),
        "the operator sees the same statement as Globex");
    Reply northwinds = Http.get(METRICS + "/switching-cost-statement", sam);
    assertTrue(northwinds.body().contains("upstream link"), "Northwind's two upstream tiers count as integrations: " + northwinds.body());

    Reply orders = Http.get(TestStack.API + "/organization-data/orders", gina, "text/csv");
    assertEquals(200, orders.status(), orders::body);
    List<String> rows = orders.body().lines().toList();
    assertTrue(rows.get(0).startsWith("orderId,purchaseOrderId,submittedAt"), rows.get(0));
    assertTrue(rows.size() > 20, "a year of Globex's order lines");
    assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("," + DemoIds.GLOBEX + ",")), "only Globex's own orders");
    assertTrue(Http.get(TestStack.API + "/organization-data/contracts", gina, "text/csv").body().lines().count() > 1);
    assertTrue(Http.get(TestStack.API + "/organization-data/listings", sam, "text/csv").body().lines().count() > 50);
    assertEquals(404, Http.get(TestStack.API + "/organization-data/passwords", gina, "text/csv").status());
  }

  private static List<JsonObject> array(Reply reply) {
    assertEquals(200, reply.status(), reply::body);
    return reply.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }
}
