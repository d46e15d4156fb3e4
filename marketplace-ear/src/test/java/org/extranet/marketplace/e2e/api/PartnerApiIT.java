// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.stream.Stream;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.KeycloakAdmin;
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
 * The partner API as partners meet it: the built EAR on the managed Payara test domain, tokens from
 * the test Keycloak, data on MariaDB. Requirement ids refer to issue #3's acceptance list.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerApiIT {

  private static final String ME = TestStack.API + "/me";
  private static final String ORGANIZATIONS = TestStack.API + "/organizations";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeEach
  void demoNetwork() {
    DemoNetworkFixture.ensureLoaded();
  }

  static Stream<Arguments> meByRole() {
    return Stream.of(
        arguments("F3.6 buyer", "gina@globex.example", 200, "Globex Corporation"),
        arguments("F3.6 approver", "gus@globex.example", 200, "Globex Corporation"),
        arguments("F3.6 supplier", "sam@northwind.example", 200, "Northwind Software"),
        arguments("F3.6 operator", "olga@marketplace.example", 200, "Extranet Marketplace"));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("meByRole")
  void meShowsTheCallersOrganization(String requirement, String username, int status, String organization) {
    Reply reply = Http.get(ME, Tokens.person(username));

    assertEquals(status, reply.status(), reply::body);
    JsonObject me = reply.json();
    assertEquals(username, me.getString("email"));
    assertEquals(organization, me.getJsonObject("organization").getString("name"));
  }

  @Test
  void meCarriesGinasSpendingLimitAndRoles() {
    JsonObject me = Http.get(ME, Tokens.person("gina@globex.example")).json();

    assertEquals(DemoIds.GLOBEX, me.getJsonObject("organization").getString("id"));
    assertEquals("BUYER", me.getJsonObject("organization").getString("kind"));
    assertEquals("5000.00", me.getJsonObject("spendingLimit").getString("amount"));
    assertEquals("USD", me.getJsonObject("spendingLimit").getString("currency"));
    assertTrue(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
        .anyMatch(role -> role.getString().equals("buyer")));
  }

  @Test
  void partnerSystemSeesItsOrganization() {
    Reply reply = Http.get(ME, Tokens.partner("globex-procurement", "demo-secret"));

    assertEquals(200, reply.status(), reply::body);
    assertEquals("Globex Corporation", reply.json().getJsonObject("organization").getString("name"));
  }

  @Test
  void withoutATokenIs401ProblemJson() {
    assertProblem(Http.get(ME, null), 401);
  }

  @Test
  void withAForgedTokenIs401ProblemJson() {
    String gina = Tokens.person("gina@globex.example");
    String forged = gina.substring(0, gina.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    assertProblem(Http.get(ME, forged), 401);
  }

  @Test
  void withoutAMarketplaceRoleIs403() {
    String username = KeycloakAdmin.personWithoutRoles(DemoIds.GLOBEX);
    assertProblem(Http.get(ME, Tokens.person(username)), 403);
  }

  @Test
  void operatorOnlyEndpointsAnswer403ToABuyer() {
    Reply reply = Http.postJson(ORGANIZATIONS, Tokens.person("gina@globex.example"), "{\"name\":\"X Corp\",\"kind\":\"BUYER\"}");
    assertProblem(reply, 403);
  }

  @Test
  void anotherOrganizationsObjectAnswers404() {
    String gina = Tokens.person("gina@globex.example");

    assertEquals(200, Http.get(ORGANIZATIONS + "/" + DemoIds.GLOBEX, gina).status());
    assertProblem(Http.get(ORGANIZATIONS + "/" + DemoIds.NORTHWIND, gina), 404);
    assertProblem(Http.get(ORGANIZATIONS + "/" + DemoIds.NORTHWIND + "/members", gina), 404);
    JsonObject list = Http.get(ORGANIZATIONS, gina).json();
    assertEquals(1, list.getInt("total"), "a buyer lists only its own organization");
  }

  @Test
  void operatorSeesAllOrganizations() {
    JsonObject list = Http.get(ORGANIZATIONS, Tokens.person("olga@marketplace.example")).json();
    assertTrue(list.getInt("total") >= 6, list::toString);
  }

  @Test
  void operatorRegistersAnOrganizationAndAddsAPerson() {
    String olga = Tokens.person("olga@marketplace.example");
    String name = "Initech " + UUID.randomUUID().toString().substring(0, 8);
    String domain = name.substring(8) + ".initech.example";

    Reply created = Http.postJson(ORGANIZATIONS, olga,
        "{\"name\":\"" + name + "\",\"kind\":\"BUYER\",\"emailDomain\":\"" + domain + "\"}");
    assertEquals(201, created.status(), created::body);
    String id = created.json().getString("id");

    Reply member = Http.postJson(ORGANIZATIONS + "/" + id + "/members", olga,
        "{\"email\":\"peter@" + domain + "\",\"displayName\":\"Peter\",\"roles\":[\"buyer\"],"
            + "\"spendingLimit\":{\"amount\":\"250.00\",\"currency\":\"USD\"}}");
    assertEquals(201, member.status(), member::body);
    assertEquals("250.00", member.json().getJsonObject("spendingLimit").getString("amount"));

    assertProblem(Http.postJson(ORGANIZATIONS, olga, "{\"name\":\"" + name + "\",\"kind\":\"BUYER\"}"), 409);
  }

  @Test
  void malformedJsonIs400ProblemJson() {
    Reply reply = Http.postJson(ORGANIZATIONS, Tokens.person("olga@marketplace.example"), "{\"name\": ");
    assertProblem(reply, 400);
    assertFalse(reply.body().contains("Exception"), "no stack trace or exception names: " + reply.body());
  }

  @Test
  void invalidFieldsAreEachNamed() {
    Reply reply = Http.postJson(ORGANIZATIONS, Tokens.person("olga@marketplace.example"),
        "{\"name\":\"\",\"kind\":\"ALIEN\",\"emailDomain\":\"not a domain\"}");

    assertProblem(reply, 400);
    String fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.getString("field"))
        .sorted()
        .reduce((a, b) -> a + "," + b)
        .orElse("");
    assertEquals("emailDomain,kind,name", fields);
  }

  @Test
  void unknownPathWrongMethodAndWrongMediaTypeAreProblems() {
    String olga = Tokens.person("olga@marketplace.example");

    assertProblem(Http.get(TestStack.API + "/no-such-thing", olga), 404);
    assertProblem(Http.delete(ORGANIZATIONS, olga), 405);
    assertProblem(Http.post(ORGANIZATIONS, olga, "text/plain", "Initech"), 415);
  }

  @Test
  void openApiDocumentListsMe() {
    Reply reply = Http.get(TestStack.BASE_URL + "/openapi", null);

    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("/v1/me:"), "paths are relative to the server URL .../api");
    assertTrue(reply.body().contains("/api"), reply.body());
  }

  @Test
  void readinessChecksDatabaseAndKeycloak() {
    Reply ready = Http.get(TestStack.BASE_URL + "/health/ready", null);

    assertEquals(200, ready.status(), ready::body);
    assertEquals("UP", ready.json().getString("status"));
    assertTrue(ready.body().contains("\"database\"") && ready.body().contains("\"keycloak\""), ready::body);
    assertTrue(ready.body().contains("MySQL") || ready.body().contains("MariaDB"), "tests run on MariaDB: " + ready.body());
    assertEquals("UP", Http.get(TestStack.BASE_URL + "/health/live", null).json().getString("status"));
  }

  private static void assertProblem(Reply reply, int status) {
    assertEquals(status, reply.status(), reply::body);
    assertTrue(reply.contentType().startsWith("application/problem+json"), () -> "content type " + reply.contentType() + ": " + reply.body());
    JsonObject problem = reply.json();
    assertEquals(status, problem.getInt("status"));
    assertTrue(problem.containsKey("type") && problem.containsKey("title") && problem.containsKey("detail"), problem::toString);
  }
}
