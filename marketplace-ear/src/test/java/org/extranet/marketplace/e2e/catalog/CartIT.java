// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** A buyer's cart: only visible products, in quantities the listing allows, kept per person. */
@ExtendWith(ArquillianExtension.class)
class CartIT {

  private static final String CART = TestStack.API + "/cart";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void aBuyerAddsInWholePacksFromTheMinimumAndTheCartKeepsTheLines() {
    DemoNetworkFixture.ensureLoaded(); // Globex
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    Reply listed = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"CAB-10\",\"name\":\"Cat6 cable 2 m\","
        + "\"category\":\"26121609\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\",\"listPrice\":{\"amount\":\"3.50\",\"currency\":\"USD\"},"
        + "\"stock\":500,\"minimumOrderQuantity\":20,\"packSize\":10}");
    assertEquals(201, listed.status(), listed::body);
    long productId = listed.json().getJsonNumber("id").longValue();
    String gina = Tokens.person("gina@globex.example");

    assertEquals(400, add(gina, productId, 10).status(), "below the minimum order quantity");
    assertEquals(400, add(gina, productId, 25).status(), "not whole packs");
    assertEquals(400, add(gina, productId, 0).status());
    Reply added = add(gina, productId, 20);
    assertEquals(200, added.status(), added::body);
    assertEquals(30, add(gina, productId, 10).json().getInt("quantity"), "adds to the line");

    JsonObject line = Http.get(CART, gina).json().getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(l -> l.getJsonObject("product").getJsonNumber("id").longValue() == productId).findFirst().orElseThrow();
    assertEquals(30, line.getInt("quantity"));
    assertTrue(!Http.get(CART, Tokens.person("gus@globex.example")).body().contains("CAB-10"), "another person's cart");

    assertEquals(404, add(gina, 987_654_321L, 1).status(), "no such product");
    assertEquals(403, add(supplier.token(), productId, 20).status(), "suppliers do not buy");
    assertEquals(401, add(null, productId, 20).status());
    assertEquals(204, Http.delete(CART + "/lines/" + productId, gina).status());
    assertEquals(404, Http.delete(CART + "/lines/" + productId, gina).status());
  }

  private static Reply add(String token, long productId, int quantity) {
    return Http.postJson(CART + "/lines", token, "{\"productId\":" + productId + ",\"quantity\":" + quantity + "}");
  }
}
