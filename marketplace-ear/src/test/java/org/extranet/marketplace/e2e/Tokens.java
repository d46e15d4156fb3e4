// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Access tokens from the test Keycloak, the way partners and scripts get them (API.md "Identity"). */
public final class Tokens {

  public static final String PASSWORD = "demo";

  private Tokens() {}

  /** A person's token through the demo-only public client `marketplace-cli`. */
  public static String person(String username) {
    return person(username, PASSWORD);
  }

  public static String person(String username, String password) {
    return token("marketplace", Map.of(
        "grant_type", "password", "client_id", "marketplace-cli", "username", username, "password", password));
  }

  /** A partner system's token (client credentials of its service account). */
  public static String partner(String clientId, String secret) {
    return token("marketplace", Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
  }

  /** The bootstrap administrator of the test Keycloak (master realm). */
  public static String admin() {
    return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
  }

  /** The claims of a JWT, decoded without verification (the server verifies; tests only read). */
  public static JsonObject claims(String jwt) {
    String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(payload))) {
      return reader.readObject();
    }
  }

  private static String token(String realm, Map<String, String> form) {
    Http.Reply reply = Http.postForm(TestStack.KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token", form);
    assertEquals(200, reply.status(), () -> "token for " + form.get("username") + form.get("client_id") + ": " + reply.body());
    return reply.json().getString("access_token");
  }
}
