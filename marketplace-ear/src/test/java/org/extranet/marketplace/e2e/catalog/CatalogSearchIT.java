// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /products against the deployed index: the demo catalog, facets, filters, and writes seen at once. */
@ExtendWith(ArquillianExtension.class)
class CatalogSearchIT {

  private static final String PRODUCTS = TestStack.API + "/products";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void theIndexIsBuiltAndReportedByTheReadinessCheck() {
    DemoNetworkFixture.ensureLoaded(); // the demo network is DONE only once the index is ready
    JsonObject check = Http.get(TestStack.BASE_URL + "/health/ready", null).json().getJsonArray("checks").stream()
        .map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals("catalog-search")).findFirst().orElseThrow();
    assertEquals("ready", check.getJsonObject("data").getString("index"), "searches must come from the index, not the SQL fallback");
    assertTrue(Long.parseLong(check.getJsonObject("data").getString("listings")) >= 2000, check::toString);
  }

  @Test
  void ginaSeesTheDemoCatalogWithFacets() {
    DemoNetworkFixture.ensureLoaded();
    JsonObject all = Http.get(PRODUCTS, Tokens.person("gina@globex.example")).json();

    assertTrue(all.getInt("total") >= 2000, "total " + all.getInt("total"));
    assertEquals(20, all.getJsonArray("items").size());
    JsonArray suppliers = all.getJsonObject("facets").getJsonArray("supplier");
    assertTrue(suppliers.size() >= 40, "suppliers " + suppliers.size());
    assertTrue(suppliers.stream().noneMatch(s -> s.asJsonObject().getString("name").equals("Shady Parts")), "suspended");
    JsonObject category = all.getJsonObject("facets").getJsonArray("category").getJsonObject(0);
    assertTrue(category.getInt("count") > 0);

    JsonObject narrowed = Http.get(PRODUCTS + "?category=" + category.getString("value"), Tokens.person("gina@globex.example")).json();
    assertEquals(category.getInt("count"), narrowed.getInt("total"), "the facet count is what the filter finds");
  }

  @Test
  void aListingIsFoundRightAfterItIsWrittenAndFiltersApply() {
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    String word = "zq" + supplier.organizationId().substring(0, 6).replaceAll("[^a-z0-9]", "x");
    publish(supplier, "R-1", "Router " + word + " edge", "43222609", 4);
    publish(supplier, "R-2", "Router " + word + " core", "43222609", 0);
    publish(supplier, "S-1", "Switch " + word, "43222612", 9);
    String gina = Tokens.person("gina@globex.example");

    JsonObject found = Http.get(PRODUCTS + "?q=" + word, gina).json();
    assertEquals(3, found.getInt("total"), "read-your-writes: no waiting for the index");
    assertEquals(List.of("Network routers:2", "Network switches:1"), facet(found, "category"));
    assertEquals(2, Http.get(PRODUCTS + "?q=" + word + "&inStock=true", gina).json().getInt("total"));
    assertEquals(2, Http.get(PRODUCTS + "?q=router+" + word, gina).json().getInt("total"), "every word must match");
    assertEquals(1, Http.get(PRODUCTS + "?q=" + word + "&category=43222612", gina).json().getInt("total"));
    assertEquals(3, Http.get(PRODUCTS + "?q=" + word + "&supplierId=" + supplier.organizationId(), gina).json().getInt("total"));
    assertEquals(1, Http.get(PRODUCTS + "?q=r-2+" + word, gina).json().getInt("total"), "SKU words match too");

    assertEquals(204, Http.delete(TestStack.API + "/listings/R-1", supplier.token()).status());
    assertEquals(2, Http.get(PRODUCTS + "?q=" + word, gina).json().getInt("total"), "withdrawn: gone at once");
    Reply restocked = Http.put(TestStack.API + "/listings/R-2/stock", supplier.token(), "{\"onHand\":3}");
    assertEquals(200, restocked.status(), restocked::body);
    assertEquals(2, Http.get(PRODUCTS + "?q=" + word + "&inStock=true", gina).json().getInt("total"), "restocked: in stock at once");
  }

  @Test
  void badParametersAreNamed() {
    String gina = Tokens.person("gina@globex.example");
    Reply badFlag = Http.get(PRODUCTS + "?inStock=maybe", gina);
    assertEquals(400, badFlag.status());
    assertTrue(badFlag.body().contains("inStock"));
    assertEquals(400, Http.get(PRODUCTS + "?size=500", gina).status());
    assertEquals(401, Http.get(PRODUCTS, null).status());
  }

  private static List<String> facet(JsonObject results, String name) {
    return results.getJsonObject("facets").getJsonArray(name).stream()
        .map(v -> v.asJsonObject().getString("name") + ":" + v.asJsonObject().getInt("count")).sorted().toList();
  }

  private static void publish(SupplierApplicant supplier, String sku, String name, String category, int stock) {
    Reply published = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"" + sku + "\",\"name\":\"" + name
        + "\",\"category\":\"" + category + "\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\","
        + "\"listPrice\":{\"amount\":\"250.00\",\"currency\":\"USD\"},\"stock\":" + stock + "}");
    assertEquals(201, published.status(), published::body);
  }
}
