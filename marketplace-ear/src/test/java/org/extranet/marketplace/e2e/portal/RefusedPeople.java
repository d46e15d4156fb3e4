// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;

/** Accounts the portal must refuse, created through Keycloak's admin REST API for one test. */
final class RefusedPeople {

  private static final String USERS = TestStack.KEYCLOAK + "/admin/realms/marketplace/users";

  private RefusedPeople() {}

  /**
   * A buyer whom the realm has placed in no organization (no {@code org_id}), at a domain no
   * organization claims, so Keycloak asks for the marketplace password. Returns the e-mail.
   */
  static String buyerWithoutOrganization() {
    String email = "drifter-" + UUID.randomUUID().toString().substring(0, 8) + "@nowhere.example";
    String admin = Tokens.admin();
    String user = Json.createObjectBuilder()
        .add("username", email)
        .add("email", email)
        .add("firstName", "Drifter")
        .add("lastName", "Nobody")
        .add("enabled", true)
        .add("emailVerified", true)
        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("type", "password").add("value", Tokens.PASSWORD).add("temporary", false)))
        .build()
        .toString();
    Http.Reply created = Http.postJson(USERS, admin, user);
    assertEquals(201, created.status(), created::body);

    Http.Reply found = Http.getJson(USERS + "?exact=true&username=" + email, admin);
    String id = ((JsonArray) found.jsonStructure()).getJsonObject(0).getString("id");
    JsonObject buyer = Http.getJson(TestStack.KEYCLOAK + "/admin/realms/marketplace/roles/buyer", admin).json();
    Http.Reply granted = Http.postJson(USERS + "/" + id + "/role-mappings/realm", admin,
        Json.createArrayBuilder().add(buyer).build().toString());
    assertEquals(204, granted.status(), granted::body);
    return email;
  }
}
