// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The supplier network over the partner API (issue #4): tiers, the ACTIVE-only supplier list, applying,
 * vetting, approval, rejection, suspension. Destructive cases use fresh applicant organizations, made
 * in Keycloak for the test, so the demo's Pending Supplies stays SUBMITTED for the portal.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierNetworkIT {

  private static final String APPLICATIONS = TestStack.API + "/supplier-applications";
  private static final String SUPPLIERS = TestStack.API + "/suppliers";
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
    assertEquals(404, Http.get(SUPPLIERS + "/" + DemoIds.SHADY, Tokens.person("gina@globex.example")).status(), "suspended: hidden from buyers");
    assertEquals("SUSPENDED", Http.get(SUPPLIERS + "/" + DemoIds.SHADY, Tokens.person("sid@shady.example")).json().getString("status"));
  }

  @Test
  void pendingSuppliesIsAnApplicantWaitingForVetting() {
    JsonObject pending = Http.get(SUPPLIERS + "/" + DemoIds.PENDING, Tokens.person("pat@pending.example")).json();

    assertEquals("APPLICANT", pending.getString("status"));
    assertTrue(!pending.containsKey("tier") || pending.isNull("tier"), "no tier before approval");
    assertEquals("APPLICANT", Http.get(SUPPLIERS + "/" + DemoIds.PENDING, olga).json().getString("status"));
    Reply hidden = Http.get(SUPPLIERS + "/" + DemoIds.PENDING, Tokens.person("gina@globex.example"));
    assertEquals(404, hidden.status(), "not a member yet");
    String unknown = UUID.randomUUID().toString();
    assertEquals(Http.get(SUPPLIERS + "/" + unknown, Tokens.person("gina@globex.example")).json().getString("detail").replace(unknown, "?"),
        hidden.json().getString("detail").replace(DemoIds.PENDING, "?"), "hidden answers exactly like missing");
    assertTrue(Http.get(APPLICATIONS + "?status=SUBMITTED", olga).body().contains("Pending Supplies"), "in the vetting queue");
    JsonObject own = Http.get(APPLICATIONS, Tokens.person("pat@pending.example")).json();
    assertEquals(1, own.getInt("total"), "a supplier sees only its own applications");
    assertEquals(DemoIds.PENDING, own.getJsonArray("items").getJsonObject(0).getString("organizationId"));
  }

  @Test
  void aDraftMakesTheCompanyAnApplicantUntilItIsCompletedAndSubmitted() {
    SupplierApplicant applicant = SupplierApplicant.fresh();
    Reply drafted = Http.postJson(APPLICATIONS, applicant.token(), "{\"draft\":true,\"companyName\":\"" + applicant.name() + "\"}");
    assertEquals(201, drafted.status(), drafted::body);
    assertEquals("DRAFT", drafted.json().getString("status"));
    long id = drafted.json().getJsonNumber("id").longValue();
    String application = APPLICATIONS + "/" + id;

    assertEquals("APPLICANT", Http.get(SUPPLIERS + "/" + applicant.organizationId(), applicant.token()).json().getString("status"),
        "the organization exists from the first step");
    assertFalse(Http.get(APPLICATIONS + "?status=SUBMITTED", olga).body().contains(applicant.name()), "not in the vetting queue yet");
    assertEquals(409, Http.put(application + "/checklist/IDENTITY_VERIFIED", olga, "{\"passed\":true}").status(), "a draft is not vetted");
    Reply incomplete = Http.post(application + "/submission", applicant.token(), null, null);
    assertEquals(400, incomplete.status(), incomplete::body);
    for (String field : List.of("taxId", "address.street", "address.city", "address.postalCode", "address.country", "contact.name", "contact.email")) {
      assertTrue(incomplete.body().contains("\"" + field + "\""), field + " in " + incomplete.body());
    }
    assertEquals(404, Http.put(application, Tokens.person("sam@northwind.example"), applicant.applicationJson()).status(), "another supplier's draft");

    Reply revised = Http.put(application, applicant.token(), applicant.applicationJson());
    assertEquals(200, revised.status(), revised::body);
    assertEquals("DRAFT", revised.json().getString("status"));
    Reply submitted = Http.post(application + "/submission", applicant.token(), null, null);
    assertEquals(200, submitted.status(), submitted::body);
    assertEquals("SUBMITTED", submitted.json().getString("status"));
    assertTrue(Http.get(APPLICATIONS + "?status=SUBMITTED", olga).body().contains(applicant.name()));
    assertEquals(409, Http.post(application + "/submission", applicant.token(), null, null).status(), "submitted once");
    assertEquals(409, Http.put(application, applicant.token(), applicant.applicationJson()).status(), "no longer a draft");
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
    String listing = "{\"name\":\"Fresh pallet jack\",\"category\":\"43211503\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\","
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

  @Test
  void suspensionAndReinstatementFollowTheMembershipsRules() {
    String northwind = SUPPLIERS + "/" + DemoIds.NORTHWIND;

    Reply noReason = Http.postJson(northwind + "/suspension", olga, "{\"reason\":\" \"}");
    assertEquals(400, noReason.status(), noReason::body);
    assertTrue(noReason.body().contains("\"reason\""), noReason::body);
    assertEquals(409, Http.post(northwind + "/reinstatement", olga, null, null).status(), "an ACTIVE supplier is not reinstated");
    assertEquals(409, Http.postJson(SUPPLIERS + "/" + DemoIds.SHADY + "/suspension", olga, "{\"reason\":\"again\"}").status(),
        "suspended already");
    assertEquals(404, Http.postJson(SUPPLIERS + "/" + UUID.randomUUID() + "/suspension", olga, "{\"reason\":\"who?\"}").status());
    assertEquals(404, Http.post(SUPPLIERS + "/" + DemoIds.PENDING + "/reinstatement", olga, null, null).status(), "an applicant has no membership");
    assertEquals("ACTIVE", Http.get(northwind, olga).json().getString("status"), "nothing changed");

    Reply early = Http.postJson(northwind + "/renewal", olga, "{}");
    assertEquals(409, early.status(), "a year's membership renews only in its last 30 days");
    assertTrue(early.body().contains("can be renewed from"), early::body);
    assertEquals(409, Http.postJson(SUPPLIERS + "/" + DemoIds.SHADY + "/renewal", olga, "{}").status(), "suspended: reinstate instead");
    assertEquals(400, Http.postJson(northwind + "/renewal", olga, "{\"tier\":\"PLATINUM\"}").status());
    assertEquals(403, Http.postJson(northwind + "/renewal", Tokens.person("sam@northwind.example"), "{}").status());
  }

  @Test
  void malformedAndMissingBodiesAreNamed() {
    Reply malformed = Http.postJson(APPLICATIONS, Tokens.person("pat@pending.example"), "{\"companyName\": ");
    assertEquals(400, malformed.status(), malformed::body);
    assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed::contentType);

    Reply missing = Http.post(APPLICATIONS, Tokens.person("pat@pending.example"), "application/json", null);
    assertEquals(400, missing.status(), missing::body);
    Reply noPassed = Http.put(APPLICATIONS + "/1/checklist/IDENTITY_VERIFIED", olga, "{\"note\":\"seen\"}");
    assertEquals(400, noPassed.status(), noPassed::body);
    assertTrue(noPassed.body().contains("\"passed\""), noPassed::body);
    Reply noTier = Http.postJson(APPLICATIONS + "/1/approval", olga, "{}");
    assertEquals(400, noTier.status(), noTier::body);
    assertTrue(noTier.body().contains("\"tier\""), noTier::body);
  }

  @Test
  void listsArePagedOnRequest() {
    String gina = Tokens.person("gina@globex.example");
    JsonObject first = Http.get(SUPPLIERS + "?page=0&size=10", gina).json();
    JsonObject second = Http.get(SUPPLIERS + "?page=1&size=10", gina).json();

    assertEquals(10, first.getJsonArray("items").size());
    assertTrue(first.getInt("total") >= 40);
    assertFalse(second.getJsonArray("items").getJsonObject(0).equals(first.getJsonArray("items").getJsonObject(0)));
    Reply bad = Http.get(SUPPLIERS + "?page=-1&size=abc", gina);
    assertEquals(400, bad.status(), bad::body);
    assertTrue(bad.body().contains("\"page\"") && bad.body().contains("\"size\""), bad::body);
  }

  /** Every endpoint of the supplier network: method, path, body; ids need not exist (roles are checked first). */
  static Stream<Arguments> endpoints() {
    String app = "/supplier-applications/1";
    String supplier = "/suppliers/" + DemoIds.NORTHWIND;
    return Stream.of(
        arguments("GET", "/membership-tiers", null, true, true),
        arguments("GET", "/supplier-applications", null, false, true),
        arguments("GET", app, null, false, true),
        arguments("POST", "/supplier-applications", "{}", false, true),
        arguments("PUT", app, "{}", false, true),
        arguments("POST", app + "/submission", null, false, true),
        arguments("PUT", app + "/checklist/IDENTITY_VERIFIED", "{\"passed\":true}", false, false),
        arguments("POST", app + "/approval", "{\"tier\":\"STANDARD\"}", false, false),
        arguments("POST", app + "/rejection", "{\"reason\":\"x\"}", false, false),
        arguments("GET", app + "/documents", null, false, true),
        arguments("GET", app + "/documents/1", null, false, true),
        arguments("GET", "/suppliers", null, true, true),
        arguments("GET", supplier, null, true, true),
        arguments("POST", supplier + "/suspension", "{\"reason\":\"x\"}", false, false),
        arguments("POST", supplier + "/reinstatement", null, false, false));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("endpoints")
  void everyEndpointNeedsATokenAndTheRightRole(String method, String path, String body, boolean buyers, boolean suppliers) {
    String url = TestStack.API + path;
    String type = body == null ? null : "application/json";

    assertEquals(401, Http.send(method, url, null, type, body).status(), "without a token");
    if (!buyers) {
      assertEquals(403, Http.send(method, url, Tokens.person("gina@globex.example"), type, body).status(), "a buyer");
    }
    if (!suppliers) {
      assertEquals(403, Http.send(method, url, Tokens.person("sam@northwind.example"), type, body).status(), "a supplier");
    }
  }

  @Test
  void uploadingDocumentsNeedsATokenAndTheApplicantsOrOperatorsRole() {
    byte[] pdf = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    String documents = APPLICATIONS + "/1/documents";

    assertEquals(401, Http.upload(documents, null, "application/pdf", "a.pdf", pdf).status());
    assertEquals(403, Http.upload(documents, Tokens.person("gina@globex.example"), "application/pdf", "a.pdf", pdf).status());
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
