// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.extranet.marketplace.e2e.DemoIds;
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

/** Contract prices over REST: the buyer's own price beside list, contract-only listings, bad terms named. */
@ExtendWith(ArquillianExtension.class)
class ContractPricingIT {

  private static final String CONTRACTS = TestStack.API + "/contracts";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void globexSeesItsContractPriceAndOthersTheListPrice() {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long product = publish(supplier, "DB-1", false);
    LocalDate today = LocalDate.now();

    Reply agreed = agree(supplier, "DB-1", "800.00", today.minusDays(1), today.plusDays(30),
        "[{\"minQuantity\":10,\"price\":{\"amount\":\"750.00\",\"currency\":\"USD\"}}]");
    assertEquals(201, agreed.status(), agreed::body);

    JsonObject forGina = Http.get(TestStack.API + "/products/" + product, Tokens.person("gina@globex.example")).json();
    assertEquals("800.00", forGina.getJsonObject("price").getString("amount"));
    assertEquals("1000.00", forGina.getJsonObject("listPrice").getString("amount"));
    JsonObject forSam = Http.get(TestStack.API + "/products/" + product, Tokens.person("sam@northwind.example")).json();
    assertEquals("1000.00", forSam.getJsonObject("price").getString("amount"), "not a party: list price");

    assertEquals(409, agree(supplier, "DB-1", "790.00", today.plusDays(30), null, "[]").status(), "overlaps on its last day");
    assertEquals(201, agree(supplier, "DB-1", "790.00", today.plusDays(31), null, "[]").status(), "the day after is free");

    long contract = agreed.json().getJsonNumber("id").longValue();
    String termination = CONTRACTS + "/" + contract + "/termination";
    assertEquals(400, Http.postJson(termination, supplier.token(), "{\"lastDay\":\"" + today.minusDays(2) + "\"}").status(),
        "not before it began");
    assertEquals(404, Http.postJson(termination, Tokens.person("sam@northwind.example"), "{}").status(), "not sam's contract");
    Reply ended = Http.postJson(termination, supplier.token(), "{\"lastDay\":\"" + today.minusDays(1) + "\"}");
    assertEquals(200, ended.status(), ended::body);
    assertEquals("1000.00", Http.get(TestStack.API + "/products/" + product, Tokens.person("gina@globex.example")).json()
        .getJsonObject("price").getString("amount"), "ended yesterday: the list price today");

    String listed = Http.get(CONTRACTS, Tokens.person("gina@globex.example")).body();
    assertTrue(listed.contains("DB-1"), "the buyer sees contracts made with it");
    assertTrue(!Http.get(CONTRACTS, Tokens.person("sam@northwind.example")).body().contains(supplier.organizationId()),
        "another supplier does not");
  }

  @Test
  void aContractOnlyListingShowsOnlyToContractHolders() {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long product = publish(supplier, "SEC-1", true);
    String gina = Tokens.person("gina@globex.example");
    assertEquals(404, Http.get(TestStack.API + "/products/" + product, gina).status());
    assertEquals(0, Http.get(TestStack.API + "/products?q=SEC-1&supplierId=" + supplier.organizationId(), gina).json().getInt("total"));

    assertEquals(201, agree(supplier, "SEC-1", "900.00", LocalDate.now(), null, "[]").status());

    assertEquals(200, Http.get(TestStack.API + "/products/" + product, gina).status());
    assertEquals(1, Http.get(TestStack.API + "/products?q=SEC-1&supplierId=" + supplier.organizationId(), gina).json().getInt("total"),
        "search sees the new contract at once");
    assertEquals(200, Http.get(TestStack.API + "/products/" + product, Tokens.person("gus@globex.example")).status(),
        "the whole organization holds the contract");
  }

  @Test
  void badTermsAreNamedAndOtherSuppliersSkusAreNotFound() {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    publish(supplier, "BAD-1", false);
    Reply bad = Http.postJson(CONTRACTS, supplier.token(), "{\"buyerOrganizationId\":\"" + DemoIds.NORTHWIND + "\",\"sku\":\"BAD-1\","
        + "\"price\":{\"amount\":\"-1\",\"currency\":\"USD\"},\"validFrom\":\"2026-12-31\",\"validTo\":\"2026-01-01\","
        + "\"volumeTiers\":[{\"minQuantity\":1,\"price\":{\"amount\":\"5.00\",\"currency\":\"USD\"}}]}");
    assertEquals(400, bad.status(), bad::body);
    for (String field : List.of("buyerOrganizationId", "price", "validTo", "volumeTiers[0].minQuantity")) {
      assertTrue(bad.body().contains("\"" + field + "\""), field + " in " + bad.body());
    }
    assertEquals(400, Http.postJson(CONTRACTS, supplier.token(), "{\"buyerOrganizationId\":\"" + DemoIds.GLOBEX
        + "\",\"sku\":\"BAD-1\",\"price\":{\"amount\":\"1.00\",\"currency\":\"USD\"},\"validFrom\":\"31/12/2026\"}").status());
    assertEquals(404, agree(Tokens.person("sam@northwind.example"), "BAD-1", "1.00", LocalDate.now(), null, "[]").status(),
        "another supplier's SKU");
    assertEquals(403, agree(Tokens.person("gina@globex.example"), "BAD-1", "1.00", LocalDate.now(), null, "[]").status());
  }

  private static long publish(SupplierApplicant supplier, String sku, boolean contractOnly) {
    Reply published = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"" + sku + "\",\"name\":\"Database "
        + sku + "\",\"category\":\"43232304\",\"unit\":\"EA\",\"kind\":\"DIGITAL\",\"licenceType\":\"PERPETUAL\","
        + "\"listPrice\":{\"amount\":\"1000.00\",\"currency\":\"USD\"},\"stock\":100,\"contractOnly\":" + contractOnly + "}");
    assertEquals(201, published.status(), published::body);
    return published.json().getJsonNumber("id").longValue();
  }

  private static Reply agree(SupplierApplicant supplier, String sku, String price, LocalDate from, LocalDate to, String tiers) {
    return agree(supplier.token(), sku, price, from, to, tiers);
  }

  private static Reply agree(String token, String sku, String price, LocalDate from, LocalDate to, String tiers) {
    return Http.postJson(CONTRACTS, token, "{\"buyerOrganizationId\":\"" + DemoIds.GLOBEX + "\",\"sku\":\"" + sku
        + "\",\"price\":{\"amount\":\"" + price + "\",\"currency\":\"USD\"},\"validFrom\":\"" + from + "\""
        + (to == null ? "" : ",\"validTo\":\"" + to + "\"") + ",\"volumeTiers\":" + tiers + "}");
  }
}
