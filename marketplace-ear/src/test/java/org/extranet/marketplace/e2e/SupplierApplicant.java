// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * A new supplier company with one person (role supplier), known to Keycloak but not yet to the
 * network; it applies through the partner API. Tests that change a supplier's standing use one of
 * these, so the demo network stays as API.md describes it.
 */
public record SupplierApplicant(String organizationId, String username, String name, String token) {

  public static SupplierApplicant fresh() {
    String organizationId = UUID.randomUUID().toString();
    String username = KeycloakAdmin.person(organizationId, "supplier");
    return new SupplierApplicant(organizationId, username, "Fresh Parts " + organizationId.substring(0, 8), Tokens.person(username));
  }

  public String applicationJson() {
    return "{\"companyName\":\"" + name + "\",\"taxId\":\"US-11-2233445\","
        + "\"address\":{\"street\":\"1 Dock Rd\",\"city\":\"Tacoma\",\"postalCode\":\"98401\",\"country\":\"US\"},"
        + "\"contact\":{\"name\":\"Fran Fresh\",\"email\":\"fran@fresh.example\"},\"references\":\"Globex\"}";
  }

  /** A fresh supplier the operator has vetted and approved at {@code tier} (STANDARD, PREFERRED, STRATEGIC). */
  public static SupplierApplicant member(String tier) {
    SupplierApplicant applicant = fresh();
    long id = applicant.apply().getJsonNumber("id").longValue();
    String olga = Tokens.person("olga@marketplace.example");
    String application = TestStack.API + "/supplier-applications/" + id;
    for (String item : CHECKLIST) {
      Http.Reply recorded = Http.put(application + "/checklist/" + item, olga, "{\"passed\":true,\"note\":\"seen\"}");
      assertEquals(200, recorded.status(), recorded::body);
    }
    Http.Reply approved = Http.postJson(application + "/approval", olga, "{\"tier\":\"" + tier + "\"}");
    assertEquals(200, approved.status(), approved::body);
    return applicant;
  }

  /** Every item of the vetting checklist, in the order the operator works through them. */
  public static final java.util.List<String> CHECKLIST = java.util.List.of(
      "IDENTITY_VERIFIED", "TAX_ID_VERIFIED", "REFERENCES_CHECKED", "INSURANCE_CERTIFICATE", "QUALITY_POLICY", "AGREEMENT_SIGNED");

  /** Applies and returns the created application. */
  public JsonObject apply() {
    Http.Reply created = Http.postJson(TestStack.API + "/supplier-applications", token, applicationJson());
    assertEquals(201, created.status(), created::body);
    return created.json();
  }
}
