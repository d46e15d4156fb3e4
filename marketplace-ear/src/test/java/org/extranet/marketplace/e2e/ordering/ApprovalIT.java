// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.ordering;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/** Orders over the requester's spending limit wait for an approver of the same organization. */
@ExtendWith(ArquillianExtension.class)
class ApprovalIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void anOrderOver5000WaitsForGusAndIsPlacedAfterHisApproval() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    String gus = Tokens.person("gus@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long server = Shop.publish(supplier, "2600.00", 10);

    JsonObject waiting = Shop.place(gina, order(line(server, 2))).json();
    assertEquals("PENDING_APPROVAL", waiting.getString("status"), waiting::toString);
    assertEquals(8, Shop.stock(server, gina), "the stock is held while the approver decides");
    long id = waiting.getJsonNumber("id").longValue();
    long poId = waiting.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    assertEquals(404, Http.get(TestStack.API + "/purchase-orders/" + poId, supplier.token()).status(), "not the supplier's yet");
    assertTrue(Http.get(TestStack.API + "/purchase-orders", supplier.token()).json().getJsonArray("items").isEmpty());

    assertEquals(403, Http.get(TestStack.API + "/approvals", gina).status(), "gina is no approver");
    assertEquals(403, Http.postJson(TestStack.API + "/approvals/" + id + "/approve", gina, "{}").status());
    assertTrue(Http.get(TestStack.API + "/approvals", gus).json().getJsonArray("items").stream()
        .anyMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id));

    Reply approved = Http.postJson(TestStack.API + "/approvals/" + id + "/approve", gus, "{}");
    assertEquals(200, approved.status(), approved::body);
    assertEquals("PLACED", approved.json().getString("status"));
    assertEquals("gus@globex.example", approved.json().getString("decidedBy"));
    assertEquals(409, Http.postJson(TestStack.API + "/approvals/" + id + "/approve", gus, "{}").status(), "decided once");
    Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT");
    assertEquals(java.util.List.of("SUBMITTED", "APPROVAL_REQUESTED", "APPROVED", "PLACED"),
        Http.get(Shop.ORDERS + "/" + id + "/tracking", gina).json().getJsonArray("items").stream()
            .map(e -> e.asJsonObject().getString("type")).limit(4).toList());
  }

  @Test
  void theDemoNetworkStartsWithGinasOrdersOneWaitingForGus() {
    DemoNetworkFixture.ensureLoaded();
    java.util.List<JsonObject> orders = Http.get(Shop.ORDERS + "?size=200", Tokens.person("gina@globex.example")).json()
        .getJsonArray("items").stream().map(o -> o.asJsonObject()).filter(o -> o.getString("note", "").startsWith("Demo:")).toList();
    assertTrue(orders.stream().anyMatch(o -> o.getString("status").equals("PLACED") && o.getJsonArray("purchaseOrders").size() == 2),
        orders::toString);
    JsonObject waiting = orders.stream().filter(o -> o.getString("status").equals("PENDING_APPROVAL")).findFirst().orElseThrow();
    assertTrue(Http.get(TestStack.API + "/approvals", Tokens.person("gus@globex.example")).body()
        .contains("\"id\":" + waiting.getJsonNumber("id")));
  }

  @Test
  void nobodyApprovesTheirOwnOrder() {
    DemoNetworkFixture.ensureLoaded();
    String gus = Tokens.person("gus@globex.example");
    String username = org.extranet.marketplace.e2e.KeycloakAdmin.person(org.extranet.marketplace.e2e.DemoIds.GLOBEX, "buyer", "approver");
    Reply member = Http.postJson(TestStack.API + "/organizations/" + org.extranet.marketplace.e2e.DemoIds.GLOBEX + "/members",
        Tokens.person("olga@marketplace.example"), "{\"email\":\"" + username + "\",\"displayName\":\"Ada Approver\","
        + "\"roles\":[\"buyer\",\"approver\"],\"spendingLimit\":{\"amount\":\"100.00\",\"currency\":\"USD\"}}");
    assertEquals(201, member.status(), member::body);
    String ada = Tokens.person(username);
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long id = Shop.place(ada, order(line(Shop.publish(supplier, "150.00", 5), 1))).json().getJsonNumber("id").longValue();

    assertEquals(403, Http.postJson(TestStack.API + "/approvals/" + id + "/approve", ada, "{}").status());
    assertTrue(Http.get(TestStack.API + "/approvals", ada).json().getJsonArray("items").stream()
        .noneMatch(o -> o.asJsonObject().getJsonNumber("id").longValue() == id), "not in her own inbox");
    assertEquals("PLACED", Http.postJson(TestStack.API + "/approvals/" + id + "/approve", gus, "{}").json().getString("status"));
  }

  @Test
  void aRejectionNeedsAReasonAndGivesTheStockBack() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    String gus = Tokens.person("gus@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long server = Shop.publish(supplier, "9000.00", 3);
    long id = Shop.place(gina, order(line(server, 1))).json().getJsonNumber("id").longValue();
    assertEquals(2, Shop.stock(server, gina));

    assertEquals(400, Http.postJson(TestStack.API + "/approvals/" + id + "/reject", gus, "{\"reason\":\" \"}").status());
    Reply rejected = Http.postJson(TestStack.API + "/approvals/" + id + "/reject", gus, "{\"reason\":\"not this quarter\"}");
    assertEquals(200, rejected.status(), rejected::body);
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals("not this quarter", rejected.json().getString("decisionReason"));
    assertEquals(3, Shop.stock(server, gina));
  }
}
