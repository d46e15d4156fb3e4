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
}
