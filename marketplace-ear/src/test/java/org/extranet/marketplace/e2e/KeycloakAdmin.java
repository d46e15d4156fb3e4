// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.UUID;

/** Test-only people created through Keycloak's admin REST API (the demo realm has none like them). */
public final class KeycloakAdmin {

  private KeycloakAdmin() {}

  /** A person of the given organization with no marketplace role at all; returns their username. */
  public static String personWithoutRoles(String organizationId) {
    return createPerson("norole-" + UUID.randomUUID().toString().substring(0, 8) + "@globex.example", organizationId);
  }

  /** A person of the given organization holding the realm roles (the first names them); returns their username. */
  public static String person(String organizationId, String role, String... moreRoles) {
    String username = createPerson(role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@fresh.example", organizationId);
    String admin = Tokens.admin();
    String realm = TestStack.KEYCLOAK + "/admin/realms/marketplace";
    String userId = Http.getJson(realm + "/users?exact=true&username=" + username, admin).jsonStructure()
        .asJsonArray().getJsonObject(0).getString("id");
    String roles = java.util.stream.Stream.concat(java.util.stream.Stream.of(role), java.util.Arrays.stream(moreRoles))
        .map(r -> Http.getJson(realm + "/roles/" + r, admin).body())
        .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    Http.Reply mapped = Http.postJson(realm + "/users/" + userId + "/role-mappings/realm", admin, roles);
    assertEquals(204, mapped.status(), mapped::body);
    return username;
  }

  private static String createPerson(String username, String organizationId) {
    String user = Json.createObjectBuilder()
        .add("username", username)
        .add("email", username)
        .add("firstName", "No")
        .add("lastName", "Role")
        .add("enabled", true)
        .add("emailVerified", true)
        .add("attributes", Json.createObjectBuilder().add("org_id", Json.createArrayBuilder().add(organizationId)))
        .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("type", "password").add("value", Tokens.PASSWORD).add("temporary", false)))
        .build()
        .toString();
    Http.Reply created = Http.postJson(TestStack.KEYCLOAK + "/admin/realms/marketplace/users", Tokens.admin(), user);
    assertEquals(201, created.status(), created::body);
    return username;
  }
}
