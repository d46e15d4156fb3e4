// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.junit.jupiter.api.Test;

/** The realm files of realm-config, as imported into the test Keycloak (keycloak-quickstarts style). */
class RealmRolesIT {

  @Test
  void peoplesTokensCarryOrganizationRolesAndAudience() {
    JsonObject gina = Tokens.claims(Tokens.person("gina@globex.example"));

    assertEquals(DemoIds.GLOBEX, gina.getString("org_id"));
    assertEquals("gina@globex.example", gina.getString("email"));
    assertTrue(groups(gina).contains("buyer"), gina::toString);
    assertTrue(gina.get("aud").toString().contains("partner-api"), gina::toString);
    assertTrue(gina.containsKey("sub"));
    assertEquals(TestStack.KEYCLOAK + "/realms/marketplace", gina.getString("iss"));
  }

  @Test
  void partnerServiceAccountsCarryTheirOrganization() {
    JsonObject northwind = Tokens.claims(Tokens.partner("northwind-erp", "demo-secret"));

    assertEquals(DemoIds.NORTHWIND, northwind.getString("org_id"));
    assertTrue(groups(northwind).contains("partner-integration"), northwind::toString);
    assertTrue(northwind.get("aud").toString().contains("partner-api"));
  }

  @Test
  void aPersonCannotChangeTheirOrganizationThroughTheAccountApi() {
    String token = Tokens.person("gina@globex.example");
    String account = TestStack.KEYCLOAK + "/realms/marketplace/account";
    JsonObject profile = Http.getJson(account, token).json();
    JsonObject tampered = Json.createObjectBuilder(profile)
        .add("attributes", Json.createObjectBuilder().add("org_id", Json.createArrayBuilder().add(DemoIds.NORTHWIND)))
        .build();

    Http.Reply attempt = Http.postJson(account, token, tampered.toString());

    assertEquals(400, attempt.status(), attempt::body);
    assertTrue(attempt.body().contains("org_id"), attempt::body);
    assertEquals(DemoIds.GLOBEX, Tokens.claims(Tokens.person("gina@globex.example")).getString("org_id"));
  }

  @Test
  void thePortalClientRefusesThePasswordGrant() {
    Http.Reply reply = Http.postForm(TestStack.KEYCLOAK + "/realms/marketplace/protocol/openid-connect/token",
        java.util.Map.of("grant_type", "password", "client_id", "marketplace-portal", "client_secret", "portal-secret",
            "username", "gina@globex.example", "password", "demo"));

    assertFalse(reply.status() == 200, "only marketplace-cli (demo/test) may use direct grants");
  }

  private static java.util.List<String> groups(JsonObject claims) {
    return claims.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
