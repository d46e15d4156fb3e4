// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supplier network over the partner API (issue #4): tiers, the ACTIVE-only supplier list, applying,
 * vetting, approval, rejection, suspension. Destructive cases use fresh applicant organizations, made
 * in Keycloak for the test, so the demo's Pending Supplies stays SUBMITTED for the portal.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierNetworkIT {

  private static final String APPLICATIONS = TestStack.API + "/supplier-applications";
  private static final String SUPPLIERS = TestStack.API + "/suppliers";
  private static final String SHADY = "6f1c0a00-0000-4000-8000-000000000006";
  private static final List<String> CHECKLIST = List.of(
      "IDENTITY_VERIFIED", "TAX_ID_VERIFIED", "REFERENCES_CHECKED", "INSURANCE_CERTIFICATE", "QUALITY_POLICY", "AGREEMENT_SIGNED");

  private String olga;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeEach
  void demoNetwork() {
    DemoNetworkFixture.ensureLoaded();
    olga = Tokens.person("olga@marketplace.example");
  }

  @Test
  void tiersAreData() {
    JsonObject tiers = Http.get(TestStack.API + "/membership-tiers", Tokens.person("gina@globex.example")).json();

    assertEquals(3, tiers.getInt("total"));
    JsonObject standard = tiers.getJsonArray("items").getJsonObject(0);
    assertEquals("STANDARD", standard.getString("code"));
    assertEquals("25000.00", standard.getJsonObject("annualFee").getString("amount"));
    assertEquals(100, standard.getInt("listingLimit"));
  }

  @Test
  void onlyActiveSuppliersAreListed() {
    JsonObject suppliers = Http.get(SUPPLIERS, Tokens.person("gina@globex.example")).json();
    String names = suppliers.getJsonArray("items").toString();

    assertTrue(suppliers.getInt("total") >= 40, "at least 40 ACTIVE suppliers: " + suppliers.getInt("total"));
    assertTrue(names.contains("Northwind Software"));
    assertFalse(names.contains("Shady Parts"));
    assertFalse(names.contains("Pending Supplies"));
    assertEquals(404, Http.get(SUPPLIERS + "/" + SHADY, Tokens.person("gina@globex.example")).status(), "suspended: hidden from buyers");
    assertEquals("SUSPENDED", Http.get(SUPPLIERS + "/" + SHADY, Tokens.person("sid@shady.example")).json().getString("status"));
  }

  @Test
  void anApplicantIsVettedApprovedSuspendedAndReinstated() {
    SupplierApplicant applicant = SupplierApplicant.fresh();
    JsonObject application = applicant.apply();
    long id = application.getJsonNumber("id").longValue();
    assertEquals("SUBMITTED", application.getString("status"));
    assertEquals(applicant.organizationId(), application.getString("organizationId"));

    assertEquals(200, Http.get(APPLICATIONS + "/" + id, applicant.token()).status(), "the applicant reads its own");
    assertEquals(404, Http.get(APPLICATIONS + "/" + id, Tokens.person("sam@northwind.example")).status(), "another supplier: 404");
    assertEquals(403, Http.get(APPLICATIONS, Tokens.person("gina@globex.example")).status(), "a buyer: 403");
    assertTrue(Http.get(APPLICATIONS + "?status=SUBMITTED", olga).body().contains(applicant.name()));
    assertEquals(409, approve(id, "STANDARD").status(), "checklist incomplete");
    assertEquals(409, Http.postJson(APPLICATIONS, applicant.token(), applicant.applicationJson()).status(), "one open application at a time");

    completeChecklist(id);
    Reply approved = approve(id, "STANDARD");
    assertEquals(200, approved.status(), approved::body);
    assertEquals("ACTIVE", approved.json().getString("status"));
    assertEquals("25000.00", approved.json().getJsonObject("annualFee").getString("amount"));
    assertTrue(listed(applicant.name()));
    assertEquals(409, approve(id, "PREFERRED").status(), "decided once");

    Reply suspended = Http.postJson(SUPPLIERS + "/" + applicant.organizationId() + "/suspension", olga, "{\"reason\":\"late deliveries\"}");
    assertEquals(200, suspended.status(), suspended::body);
    assertFalse(listed(applicant.name()), "suspension hides the supplier at once");
    assertEquals(200, Http.post(SUPPLIERS + "/" + applicant.organizationId() + "/reinstatement", olga, null, null).status());
    assertTrue(listed(applicant.name()));
  }

  @Test
  void aRejectedApplicationIsFinal() {
    long id = SupplierApplicant.fresh().apply().getJsonNumber("id").longValue();

    assertEquals(400, Http.postJson(APPLICATIONS + "/" + id + "/rejection", olga, "{\"reason\":\"\"}").status());
    Reply rejected = Http.postJson(APPLICATIONS + "/" + id + "/rejection", olga, "{\"reason\":\"no insurance\"}");
    assertEquals(200, rejected.status(), rejected::body);
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals(409, Http.postJson(APPLICATIONS + "/" + id + "/rejection", olga, "{\"reason\":\"again\"}").status());
  }

  @Test
  void twoOperatorsApprovingAtOnceOneWins() throws Exception {
    long id = SupplierApplicant.fresh().apply().getJsonNumber("id").longValue();
    completeChecklist(id);

    CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> approve(id, "STANDARD"));
    CompletableFuture<Reply> second = CompletableFuture.supplyAsync(() -> approve(id, "PREFERRED"));
    List<Integer> statuses = List.of(first.get().status(), second.get().status()).stream().sorted().toList();

    assertEquals(List.of(200, 409), statuses, () -> first.join().body() + " / " + second.join().body());
  }

  @Test
  void badInputNamesEveryFieldAndRolesAreEnforced() {
    SupplierApplicant applicant = SupplierApplicant.fresh();
    Reply invalid = Http.postJson(APPLICATIONS, applicant.token(), "{\"companyName\":\"\",\"address\":{\"country\":\"usa\"},\"contact\":{\"email\":\"x\"}}");

    assertEquals(400, invalid.status(), invalid::body);
    String fields = invalid.json().getJsonArray("errors").toString();
    for (String field : List.of("companyName", "taxId", "address.street", "address.country", "contact.email")) {
      assertTrue(fields.contains("\"" + field + "\""), field + " in " + fields);
    }
    long id = applicant.apply().getJsonNumber("id").longValue();
    assertEquals(400, Http.put(APPLICATIONS + "/" + id + "/checklist/NOT_AN_ITEM", olga, "{\"passed\":true}").status());
    assertEquals(400, approve(id, "PLATINUM").status(), "unknown tier");
    assertEquals(401, Http.get(SUPPLIERS, null).status());
    assertEquals(403, Http.postJson(APPLICATIONS + "/" + id + "/approval", Tokens.person("gina@globex.example"), "{\"tier\":\"STANDARD\"}").status());
    assertEquals(403, Http.postJson(SUPPLIERS + "/" + DemoIds.NORTHWIND + "/suspension", Tokens.person("sam@northwind.example"), "{\"reason\":\"x\"}").status());
    assertEquals(404, Http.get(APPLICATIONS + "/999999999", olga).status());
  }

  @Test
  void documentsAreStoredWithTheirChecksumAndLimited() throws Exception {
    SupplierApplicant applicant = SupplierApplicant.fresh();
    long id = applicant.apply().getJsonNumber("id").longValue();
    String documents = APPLICATIONS + "/" + id + "/documents";
    byte[] pdf = "%PDF-1.4\n% insurance certificate\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));

    Reply stored = Http.upload(documents, applicant.token(), "application/pdf", "insurance.pdf", pdf);
    assertEquals(201, stored.status(), stored::body);
    assertEquals(sha256, stored.json().getString("sha256"));
    assertTrue(Http.get(documents, olga).body().contains("insurance.pdf"), "the operator sees it");

    assertEquals(415, Http.upload(documents, applicant.token(), "text/plain", "notes.txt", pdf).status(), "type not accepted");
    assertEquals(415, Http.upload(documents, applicant.token(), "image/png", "fake.png", pdf).status(), "bytes are not a PNG");
    byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
    assertEquals(413, Http.upload(documents, applicant.token(), "application/pdf", "huge.pdf", tooLarge).status());
    assertEquals(404, Http.get(documents, Tokens.person("sam@northwind.example")).status(), "another supplier's documents");
  }

  @Test
  void suspendingASupplierHidesItsProductsAtOnceAndReinstatingBringsThemBack() {
    SupplierApplicant applicant = SupplierApplicant.fresh();
    long id = applicant.apply().getJsonNumber("id").longValue();
    String sku = "FP-" + applicant.organizationId().substring(0, 8);
    String listing = "{\"name\":\"Fresh pallet jack\",\"category\":\"24101601\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\","
        + "\"listPrice\":{\"amount\":\"499.00\",\"currency\":\"USD\"},\"stock\":7}";
    assertEquals(409, Http.put(TestStack.API + "/listings/" + sku, applicant.token(), listing).status(), "applicants cannot publish");
    completeChecklist(id);
    assertEquals(200, approve(id, "STANDARD").status());

    Reply published = Http.put(TestStack.API + "/listings/" + sku, applicant.token(), listing);
    assertEquals(201, published.status(), published::body);
    long productId = published.json().getJsonNumber("id").longValue();
    String gina = Tokens.person("gina@globex.example");
    assertEquals(1, Http.get(TestStack.API + "/products?q=" + sku, gina).json().getInt("total"));

    Http.postJson(SUPPLIERS + "/" + applicant.organizationId() + "/suspension", olga, "{\"reason\":\"audit\"}");
    assertEquals(0, Http.get(TestStack.API + "/products?q=" + sku, gina).json().getInt("total"), "hidden at once");
    assertEquals(404, Http.get(TestStack.API + "/products/" + productId, gina).status());
    assertEquals(1, Http.get(TestStack.API + "/listings", applicant.token()).json().getInt("total"), "the supplier still sees its own");

    Http.post(SUPPLIERS + "/" + applicant.organizationId() + "/reinstatement", olga, null, null);
    assertEquals(1, Http.get(TestStack.API + "/products?q=" + sku, gina).json().getInt("total"), "back at once");
    assertEquals(200, Http.get(TestStack.API + "/products/" + productId, gina).status());

    Reply invalid = Http.postJson(TestStack.API + "/listings", applicant.token(), "{\"sku\":\"\",\"category\":\"12\",\"unit\":\"each\"}");
    assertEquals(400, invalid.status(), invalid::body);
    for (String field : List.of("sku", "name", "category", "unit", "kind", "listPrice")) {
      assertTrue(invalid.body().contains("\"" + field + "\""), field + " in " + invalid.body());
    }
    assertEquals(409, Http.postJson(TestStack.API + "/listings", applicant.token(), listing.replace("{", "{\"sku\":\"" + sku + "\",")).status(),
        "the SKU is already listed");
  }

  private Reply approve(long id, String tier) {
    return Http.postJson(APPLICATIONS + "/" + id + "/approval", olga, "{\"tier\":\"" + tier + "\"}");
  }

  private void completeChecklist(long id) {
    for (String item : CHECKLIST) {
      Reply recorded = Http.put(APPLICATIONS + "/" + id + "/checklist/" + item, olga, "{\"passed\":true,\"note\":\"seen\"}");
      assertEquals(200, recorded.status(), recorded::body);
    }
  }

  private boolean listed(String name) {
    return Http.get(SUPPLIERS, Tokens.person("gina@globex.example")).body().contains(name);
  }
}
