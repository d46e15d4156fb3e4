// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Supplier scorecards from the demo network's fulfilment: who sees which, and the figures it yields. */
@ExtendWith(ArquillianExtension.class)
class SupplierScorecardIT {

  private static final String CARDS = TestStack.API + "/metrics/supplier-scorecards";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void theOperatorAndBuyersSeeEveryActiveSuppliersCardASupplierOnlyItsOwn() {
    DemoNetworkFixture.ensureLoaded();
    String olga = Tokens.person("olga@marketplace.example");
    List<JsonObject> cards = Http.get(CARDS, olga).jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    assertTrue(cards.size() >= 40, "every ACTIVE supplier: " + cards.size());
    JsonObject northwind = Http.get(CARDS + "/" + DemoIds.NORTHWIND, olga).json();
    assertTrue(northwind.getInt("delivered") >= 1, "the demo's UPS delivery: " + northwind);
    assertTrue(northwind.getJsonNumber("invoiceAccuracy").doubleValue() > 0, "its invoice matched: " + northwind);
    assertTrue(northwind.containsKey("ackHoursMedian"), northwind::toString);
    assertTrue(cards.stream().anyMatch(c -> c.getInt("failed") >= 1 && c.getJsonNumber("deliveryFailureRate").doubleValue() > 0),
        "the demo's failed DHL shipment shows in its supplier's failure rate");

    assertEquals(200, Http.get(CARDS + "/" + DemoIds.NORTHWIND, Tokens.person("gina@globex.example")).status(), "buyers compare suppliers");
    SupplierApplicant other = SupplierApplicant.member("STANDARD");
    assertEquals(404, Http.get(CARDS + "/" + DemoIds.NORTHWIND, other.token()).status(), "not a competitor's");
    List<JsonValue> own = Http.get(CARDS, other.token()).jsonStructure().asJsonArray();
    assertEquals(1, own.size());
    assertEquals(other.organizationId(), own.get(0).asJsonObject().getString("supplierId"));
    String csv = Http.get(CARDS, olga, "text/csv").body();
    assertTrue(csv.startsWith("supplierId,ackHoursMedian,onTimeRate,deliveryFailureRate,fillRate,invoiceAccuracy"), csv);
  }

  @Test
  void suppliersBreachingTheOperatorsThresholdsGoIntoTheVettingQueueForReReview() {
    DemoNetworkFixture.ensureLoaded();
    String olga = Tokens.person("olga@marketplace.example");
    String thresholds = TestStack.API + "/metrics/scorecard-thresholds";
    String reviews = TestStack.API + "/supplier-reviews";
    JsonObject defaults = Http.get(thresholds, olga).json();
    assertEquals("0.80", defaults.getJsonNumber("minOnTimeRate").bigDecimalValue().toPlainString());

    Http.Reply bad = Http.put(thresholds, olga, "{\"maxAckHours\": -1, \"minOnTimeRate\": 1.5, \"maxDeliveryFailureRate\": 0.1,"
        + " \"minFillRate\": 0.85, \"minInvoiceAccuracy\": 0.9}");
    assertEquals(422, bad.status(), bad::body);
    for (String field : List.of("maxAckHours", "minOnTimeRate", "minimumShipments")) {
      assertTrue(bad.body().contains("\"" + field + "\""), field + " named: " + bad.body());
    }
    assertEquals(defaults, Http.get(thresholds, olga).json(), "the old thresholds stay");
    assertEquals(403, Http.put(thresholds, Tokens.person("gina@globex.example"), defaults.toString()).status());

    // nobody can meet these: every supplier with a record goes into the queue, once
    Http.Reply strict = Http.put(thresholds, olga, "{\"maxAckHours\": 0, \"minOnTimeRate\": 1, \"maxDeliveryFailureRate\": 0,"
        + " \"minFillRate\": 1, \"minInvoiceAccuracy\": 1, \"minimumShipments\": 1}");
    try {
      assertEquals(200, strict.status(), strict::body);
      List<JsonObject> opened = strict.jsonStructure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
      JsonObject northwind = opened.stream().filter(o -> o.getString("supplierId").equals(DemoIds.NORTHWIND)).findFirst()
          .orElseThrow(() -> new AssertionError("Northwind's acknowledgements take hours: " + opened));
      assertTrue(northwind.getJsonArray("reasons").toString().contains("median acknowledgement"), northwind::toString);
      assertEquals(0, Http.post(thresholds + "/review", olga, "application/json", "").jsonStructure().asJsonArray().size(),
          "one open re-review per supplier: a second review opens none");
      List<JsonObject> queue = Http.get(reviews + "?status=OPEN", olga).jsonStructure().asJsonArray().stream()
          .map(JsonValue::asJsonObject).toList();
      JsonObject review = queue.stream().filter(r -> r.getString("supplierId").equals(DemoIds.NORTHWIND)).findFirst().orElseThrow();
      assertEquals("Northwind Software", review.getString("supplierName"));

      String decision = reviews + "/" + review.getJsonNumber("id").longValue() + "/decision";
      assertEquals(400, Http.postJson(decision, olga, "{\"outcome\": \"FORGIVE\"}").status());
      Http.Reply kept = Http.postJson(decision, olga, "{\"outcome\": \"KEEP\", \"note\": \"Demo supplier\"}");
      assertEquals(200, kept.status(), kept::body);
      assertEquals("KEPT", kept.json().getString("status"));
      assertEquals(409, Http.postJson(decision, olga, "{\"outcome\": \"SUSPEND\"}").status(), "decided once");
      assertEquals(200, Http.get(TestStack.API + "/suppliers/" + DemoIds.NORTHWIND, olga).status(), "kept: still ACTIVE");
      assertEquals(403, Http.get(reviews, Tokens.person("sam@northwind.example")).status());
    } finally {
      Http.put(thresholds, olga, defaults.toString());
      // the other suppliers' re-reviews this test opened: kept, so that nothing else sees them
      Http.get(reviews + "?status=OPEN", olga).jsonStructure().asJsonArray().forEach(r -> Http.postJson(
          reviews + "/" + r.asJsonObject().getJsonNumber("id").longValue() + "/decision", olga, "{\"outcome\": \"KEEP\"}"));
    }
  }
}
