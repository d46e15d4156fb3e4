// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inbound X12 (issue 9): Globex's procurement system sends an 850 for two Northwind SKUs and gets a 997
 * accepting it and an order; sending it again gets the same 997 and no second order; malformed and
 * unknown-SKU interchanges are rejected in the 997 and create nothing; every interchange is archived.
 */
@ExtendWith(ArquillianExtension.class)
class EdiInterchangeIT {

  private static final String EDI = TestStack.API + "/edi/interchanges";
  private static final String X12 = "application/EDI-X12";
  private static String globex;
  private static String gina;
  private static List<String> skus;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void partners() {
    DemoNetworkFixture.ensureLoaded();
    globex = Tokens.partner("globex-procurement", "demo-secret");
    gina = Tokens.person("gina@globex.example");
    skus = Http.get(TestStack.API + "/products?supplierId=" + DemoIds.NORTHWIND + "&size=50", gina).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getInt("minimumOrderQuantity") <= 1 && p.getInt("packSize") == 1 && !p.getBoolean("contractOnly"))
        .map(p -> p.getString("sku")).limit(2).toList();
    assertEquals(2, skus.size(), "two orderable Northwind listings");
  }

  @Test
  void aGlobex850BecomesAnOrderAndItsResendCreatesNothing() {
    String control = control();
    String interchange = purchaseOrder(control, "GLOBEX", "PO1*1*2*EA***VP*" + skus.get(0), "PO1*2*1*EA***VP*" + skus.get(1));
    long before = ordersOfGlobex();

    Reply ack = Http.post(EDI, globex, X12, interchange);
    assertEquals(200, ack.status(), ack::body);
    assertTrue(ack.contentType().toLowerCase().startsWith("application/edi-x12"), ack.contentType());
    assertTrue(ack.body().contains("*ZZ*EXTRANETMKT    *ZZ*GLOBEX         *"), "sent back to the sender: " + ack.body());
    assertTrue(ack.body().contains("AK1*PO*" + Integer.parseInt(control) + "~"), ack.body());
    assertTrue(ack.body().contains("AK2*850*0001~\nAK5*A~\nAK9*A*1*1*1~"), ack.body());
    assertEquals(before + 1, ordersOfGlobex(), "one order");

    JsonObject message = newestMessage(globex);
    assertEquals("ACCEPTED", message.getString("status"));
    assertEquals("GLOBEX", message.getString("senderId"));
    assertEquals(control, message.getString("controlNumber"));
    long orderId = Long.parseLong(message.getString("ordersCreated"));
    JsonObject order = Http.get(TestStack.API + "/orders/" + orderId, gina).json();
    assertEquals("EDI", order.getString("channel"));
    assertTrue(order.getString("note").contains("GX-4711"), "the buyer's PO number is kept: " + order);
    JsonObject archived = Http.get(TestStack.API + "/messages/" + message.getJsonNumber("id").longValue(), globex).json();
    assertEquals(interchange, archived.getString("content"), "the raw interchange is archived as it came");

    Reply again = Http.post(EDI, globex, X12, interchange);
    assertEquals(200, again.status());
    assertEquals(ack.body(), again.body(), "the same 997 again");
    assertEquals(before + 1, ordersOfGlobex(), "no second order");
    assertEquals("DUPLICATE", newestMessage(globex).getString("status"));
  }

  @Test
  void malformedAndUnknownSkuInterchangesAreRejectedInThe997AndCreateNothing() {
    long before = ordersOfGlobex();
    Reply unknown = Http.post(EDI, globex, X12, purchaseOrder(control(), "GLOBEX", "PO1*1*2*EA***VP*" + skus.get(0),
        "PO1*2*1*EA***VP*NO-SUCH-SKU"));
    assertEquals(200, unknown.status(), unknown::body);
    assertTrue(unknown.body().contains("AK3*PO1*5*L200*8~\nAK4*7**7*NO-SUCH-SKU~"), unknown.body());
    assertTrue(unknown.body().contains("AK5*R*5~"), unknown.body());
    assertTrue(unknown.body().contains("AK9*R*1*1*0~"), unknown.body());

    String badDate = purchaseOrder(control(), "GLOBEX", "PO1*1*2*EA***VP*" + skus.get(0)).replace("**20261124~", "**20261340~");
    Reply malformed = Http.post(EDI, globex, X12, badDate);
    assertEquals(200, malformed.status());
    assertTrue(malformed.body().contains("AK3*BEG*2**8~\nAK4*5**8*20261340~"), malformed.body());
    assertEquals(before, ordersOfGlobex(), "nothing was ordered");
    assertEquals("REJECTED", newestMessage(globex).getString("status"));

    Reply notX12 = Http.post(EDI, globex, X12, "{\"order\": 1}");
    assertEquals(422, notX12.status(), notX12::body);
    assertTrue(notX12.contentType().startsWith("application/problem+json"), notX12.contentType());
    assertEquals("{\"order\": 1}", Http.get(TestStack.API + "/messages/" + newestMessage(globex).getJsonNumber("id").longValue(), globex)
        .json().getString("content"), "archived although it could not be read");
  }

  @Test
  void onlyThePartnersOwnIdentityAndOnlyItsOwnMessages() {
    Reply impostor = Http.post(EDI, globex, X12, purchaseOrder(control(), "NORTHWIND", "PO1*1*1*EA***VP*" + skus.get(0)));
    assertEquals(403, impostor.status(), "Globex cannot send as NORTHWIND");
    assertEquals(403, Http.post(EDI, gina, X12, purchaseOrder(control(), "GLOBEX", "PO1*1*1*EA***VP*" + skus.get(0))).status(),
        "a person's token is not a partner system's");

    long globexMessage = newestMessage(globex).getJsonNumber("id").longValue();
    String northwind = Tokens.partner("northwind-erp", "demo-secret");
    assertEquals(404, Http.get(TestStack.API + "/messages/" + globexMessage, northwind).status(), "another partner's message");
    assertFalse(Http.get(TestStack.API + "/messages", northwind).body().contains("\"senderId\":\"GLOBEX\""));
    String olga = Tokens.person("olga@marketplace.example");
    assertEquals(200, Http.get(TestStack.API + "/messages/" + globexMessage, olga).status(), "the operator sees all");
    assertEquals(400, Http.get(TestStack.API + "/messages?status=LOST", olga).status());
    List<JsonObject> profiles = Http.get(TestStack.API + "/partner-profiles", olga).jsonStructure().asJsonArray().stream()
        .map(JsonValue::asJsonObject).toList();
    assertTrue(profiles.stream().anyMatch(p -> p.getString("ediId").equals("NORTHWIND")), profiles::toString);
    Reply taken = Http.put(TestStack.API + "/partner-profiles/" + DemoIds.ACME, olga,
        "{\"ediQualifier\": \"ZZ\", \"ediId\": \"GLOBEX\", \"channels\": [\"EDI_X12\"]}");
    assertEquals(409, taken.status(), "an EDI id belongs to one organization");
  }

  @Test
  void sixtyMutatedInterchangesNeverAnswer5xxAndOrderOnlyWhatWasAccepted() {
    String control = control();
    String valid = purchaseOrder(control, "GLOBEX", "PO1*1*1*EA***VP*" + skus.get(0));
    java.util.Random random = new java.util.Random(Long.parseLong(control));
    long before = ordersOfGlobex();
    int accepted = 0;
    for (int i = 0; i < 60; i++) {
      char[] chars = valid.toCharArray();
      String mutated = switch (i % 3) {
        case 0 -> {
          chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
          yield new String(chars);
        }
        case 1 -> valid.substring(0, random.nextInt(valid.length()));
        default -> valid.replace("PO1*1*1*EA", "PO1*1*" + (char) (33 + random.nextInt(90)) + "*EA");
      };
      Reply reply = Http.post(EDI, globex, X12, mutated);
      assertTrue(reply.status() == 200 || reply.status() == 422 || reply.status() == 403,
          () -> reply.status() + " for\n" + mutated + "\n" + reply.body());
      if (reply.status() == 200 && reply.body().contains("AK9*A*")) {
        accepted++;
      }
    }
    long created = ordersOfGlobex() - before;
    assertTrue(created <= 1 && created <= accepted, "one control number: at most one order, and only if accepted (" + created
        + " orders, " + accepted + " accepting 997s)");
  }

  private static long ordersOfGlobex() {
    return Http.get(TestStack.API + "/orders?size=1", gina).json().getJsonNumber("total").longValue();
  }

  private static JsonObject newestMessage(String token) {
    return Http.get(TestStack.API + "/messages?direction=INBOUND&size=1", token).json().getJsonArray("items").getJsonObject(0);
  }

  /** A fresh interchange control number (nine digits), so that reruns against one database never collide. */
  private static String control() {
    return String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
  }

  static String purchaseOrder(String control, String sender, String... lines) {
    StringBuilder po1 = new StringBuilder();
    for (String line : lines) {
      po1.append(line).append("~\n");
    }
    return "ISA*00*          *00*          *ZZ*" + String.format("%-15s", sender) + "*ZZ*EXTRANETMKT    *261124*1200*^*00501*"
        + control + "*0*P*>~\n"
        + "GS*PO*" + sender + "*EXTRANETMKT*20261124*1200*" + Integer.parseInt(control) + "*X*005010~\n"
        + "ST*850*0001~\n"
        + "BEG*00*SA*GX-4711**20261124~\n"
        + "N1*SE*Northwind Software*92*NORTHWIND~\n"
        + po1
        + "CTT*" + lines.length + "~\n"
        + "SE*" + (5 + lines.length) + "*0001~\n"
        + "GE*1*" + Integer.parseInt(control) + "~\n"
        + "IEA*1*" + control + "~\n";
  }
}
