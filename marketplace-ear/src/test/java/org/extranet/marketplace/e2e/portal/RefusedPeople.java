// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;

/**
 * Buyers the portal cannot serve, created through Keycloak's admin REST API for one test, at a domain
 * no organization claims (so Keycloak asks for the marketplace password). Each returns the e-mail.
 */
final class RefusedPeople {

  private static final String USERS = TestStack.KEYCLOAK + "/admin/realms/marketplace/users";

  private RefusedPeople() {}

  /** A buyer the realm has placed in no organization: the token carries no {@code org_id}. */
  static String buyerWithoutOrganization() {
    return buyer("drifter", null);
  }

  /** A buyer whose {@code org_id} names an organization the marketplace has no record of. */
  static String buyerOfUnregisteredOrganization() {
    return buyer("newcomer", UUID.randomUUID().toString());
  }

  private static String buyer(String prefix, String organizationId) {
    String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@nowhere.example";
    String admin = Tokens.admin();
    JsonObjectBuilder user = Json.createObjectBuilder()
        .add("username", email)
        .add("email", email)
        .add("firstName", "Test")
        .add("lastName", "Buyer")
        .add("enabled", true)
        .add("emailVerified", true)
        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("type", "password").add("value", Tokens.PASSWORD).add("temporary", false)));
    if (organizationId != null) {
      user.add("attributes", Json.createObjectBuilder().add("org_id", Json.createArrayBuilder().add(organizationId)));
    }
    Http.Reply created = Http.postJson(USERS, admin, user.build().toString());
    assertEquals(201, created.status(), created::body);

    Http.Reply found = Http.getJson(USERS + "?exact=true&username=" + email, admin);
    String id = ((JsonArray) found.jsonStructure()).getJsonObject(0).getString("id");
    JsonObject buyerRole = Http.getJson(TestStack.KEYCLOAK + "/admin/realms/marketplace/roles/buyer", admin).json();
    Http.Reply granted = Http.postJson(USERS + "/" + id + "/role-mappings/realm", admin,
        Json.createArrayBuilder().add(buyerRole).build().toString());
    assertEquals(204, granted.status(), granted::body);
    return email;
  }
}
