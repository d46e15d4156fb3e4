// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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

/** Relations between listings, alternatives in stock first, and the demo's relations and contract prices. */
@ExtendWith(ArquillianExtension.class)
class RelationsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void aSupplierRelatesItsListingsAndBuyersSeeAlternativesInStockFirst() {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long shortOne = publish(supplier, "AP-1", "Access point short", 0);
    long inStock = publish(supplier, "AP-2", "Access point spare", 12);
    long mount = publish(supplier, "MNT-1", "Ceiling mount", 40);
    String relations = TestStack.API + "/listings/AP-1/relations";

    assertEquals(201, relate(supplier.token(), relations, inStock, "ALTERNATIVE", null).status());
    assertEquals(201, relate(supplier.token(), relations, mount, "ACCESSORY", null).status());
    Reply bundle = relate(supplier.token(), relations, mount, "BUNDLE", "129.00");
    assertEquals(201, bundle.status(), bundle::body);
    assertEquals(409, relate(supplier.token(), relations, mount, "ACCESSORY", null).status(), "already related so");
    Reply noBundlePrice = relate(supplier.token(), TestStack.API + "/listings/AP-2/relations", mount, "BUNDLE", null);
    assertEquals(400, noBundlePrice.status());
    assertTrue(noBundlePrice.body().contains("bundlePrice"));
    long northwindProduct = anyNorthwindProduct();
    Reply foreignAccessory = relate(supplier.token(), relations, northwindProduct, "ACCESSORY", null);
    assertEquals(400, foreignAccessory.status(), "accessories are the supplier's own");
    assertEquals(201, relate(supplier.token(), relations, northwindProduct, "ALTERNATIVE", null).status(), "alternatives may be anyone's");
    assertEquals(404, relate(Tokens.person("sam@northwind.example"), relations, mount, "ACCESSORY", null).status(), "not sam's SKU");

    String gina = Tokens.person("gina@globex.example");
    JsonObject product = Http.get(TestStack.API + "/products/" + shortOne, gina).json();
    List<String> kinds = product.getJsonArray("relations").stream().map(r -> r.asJsonObject().getString("kind")).toList();
    assertEquals(List.of("ALTERNATIVE", "ALTERNATIVE", "ACCESSORY", "BUNDLE"), kinds);
    assertEquals("129.00", product.getJsonArray("relations").getJsonObject(3).getJsonObject("bundlePrice").getString("amount"));

    JsonArray alternatives = Http.get(TestStack.API + "/products/" + shortOne + "/alternatives", gina).json().getJsonArray("items");
    List<Long> ids = alternatives.stream().map(a -> a.asJsonObject().getJsonNumber("id").longValue()).toList();
    assertTrue(ids.indexOf(inStock) >= 0 && ids.indexOf(inStock) <= 1, "explicit in-stock alternatives lead: " + ids);
    boolean outOfStockSeen = false;
    for (int i = 0; i < alternatives.size(); i++) {
      boolean out = alternatives.getJsonObject(i).getInt("stock") == 0;
      assertTrue(!outOfStockSeen || out, "in-stock alternatives come before the others");
      outOfStockSeen |= out;
    }
  }

  @Test
  void theDemoNetworkHasContractPricesForGlobexAndRelations() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    JsonArray northwind = Http.get(TestStack.API + "/products?q=NOR-1513-000", gina).json().getJsonArray("items");
    JsonObject office = northwind.getJsonObject(0);
    BigDecimal price = new BigDecimal(office.getJsonObject("price").getString("amount"));
    BigDecimal list = new BigDecimal(office.getJsonObject("listPrice").getString("amount"));
    assertTrue(price.compareTo(list) < 0, "Globex's contract price " + price + " below list " + list);

    JsonObject detail = Http.get(TestStack.API + "/products/" + office.getJsonNumber("id"), gina).json();
    assertTrue(detail.getJsonArray("relations").size() >= 3, detail.toString());
    assertTrue(Http.get(TestStack.API + "/contracts?size=200", gina).json().getInt("total") >= 100, "contracts with Globex");
  }

  private static long anyNorthwindProduct() {
    return Http.get(TestStack.API + "/products?q=NOR", Tokens.person("gina@globex.example")).json().getJsonArray("items")
        .getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static Reply relate(String token, String url, long related, String kind, String bundlePrice) {
    return Http.postJson(url, token, "{\"relatedProductId\":" + related + ",\"kind\":\"" + kind + "\""
        + (bundlePrice == null ? "" : ",\"bundlePrice\":{\"amount\":\"" + bundlePrice + "\",\"currency\":\"USD\"}") + "}");
  }

  private static long publish(SupplierApplicant supplier, String sku, String name, int stock) {
    Reply published = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"" + sku + "\",\"name\":\"" + name
        + "\",\"category\":\"43222640\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\","
        + "\"listPrice\":{\"amount\":\"99.00\",\"currency\":\"USD\"},\"stock\":" + stock + "}");
    assertEquals(201, published.status(), published::body);
    return published.json().getJsonNumber("id").longValue();
  }
}
