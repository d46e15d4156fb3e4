// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.invoicing;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.Http.Reply;
import org.extranet.marketplace.e2e.KeycloakAdmin;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.extranet.marketplace.e2e.ordering.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Billing over REST on MariaDB: the PO flip from shipped quantities, tax, the three-way match against the
 * order and the receipts (matched again when goods arrive after the invoice), and every refusal.
 */
@ExtendWith(ArquillianExtension.class)
class InvoicingIT {

  private static final String API = TestStack.API;
  private static String gina;
  private static SupplierApplicant supplier;
  private static SupplierApplicant otherSupplier;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeAll
  static void people() {
    DemoNetworkFixture.ensureLoaded();
    gina = Tokens.person("gina@globex.example");
    supplier = SupplierApplicant.member("STANDARD");
    otherSupplier = SupplierApplicant.member("STANDARD");
  }

  /** An accepted purchase order of gina's for two products: its id and the ids of its two lines. */
  private record Accepted(long orderId, long poId, long first, long second) {}

  private static Accepted accepted(String firstPrice, int firstUnits, String secondPrice, int secondUnits) {
    long a = Shop.publish(supplier, firstPrice, 50);
    long b = Shop.publish(supplier, secondPrice, 50);
    JsonObject placed = Shop.place(gina, order(line(a, firstUnits), line(b, secondUnits))).json();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject po = Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT");
    assertEquals(200, Http.postJson(API + "/purchase-orders/" + poId + "/acknowledgement", supplier.token(), "{\"decision\":\"ACCEPT\"}").status());
    return new Accepted(placed.getJsonNumber("id").longValue(), poId, lineId(po, a), lineId(po, b));
  }

  @Test
  void shipPartInvoiceByFlipMatchOnReceiptThenAPriceMismatchWithTax() {
    Accepted po = accepted("10.00", 4, "5.00", 2);
    long firstShipment = ship(po.poId(), units(po.first(), 3));

    Reply flipped = Http.postJson(API + "/purchase-orders/" + po.poId() + "/invoices", supplier.token(), "{}");
    assertEquals(201, flipped.status(), flipped::body);
    JsonObject invoice = flipped.json();
    assertEquals(1, invoice.getJsonArray("lines").size(), "only what shipped");
    assertEquals(3, invoice.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    assertEquals("30.00", amount(invoice, "total"));
    assertEquals("QUANTITY_MISMATCH", invoice.getString("matchStatus"), "nothing received yet");
    String url = API + "/invoices/" + invoice.getJsonNumber("id");
    assertEquals(409, Http.postJson(API + "/purchase-orders/" + po.poId() + "/invoices", supplier.token(), "{}").status(),
        "nothing else shipped and not yet invoiced");

    assertEquals(200, Http.postJson(API + "/shipments/" + firstShipment + "/receipt", gina, "{}").status());
    assertEquals("MATCHED", Http.get(url, gina).json().getString("matchStatus"), "matched again once the goods arrived");

    long secondShipment = ship(po.poId(), units(po.first(), 1) + "," + units(po.second(), 2));
    assertEquals(200, Http.postJson(API + "/shipments/" + secondShipment + "/receipt", gina, "{}").status());
    String invoices = API + "/purchase-orders/" + po.poId() + "/invoices";
    Reply tooMuch = Http.postJson(invoices, supplier.token(), "{\"lines\":[" + billed(po.first(), 2, null) + "]}");
    assertEquals(422, tooMuch.status(), tooMuch::body);
    assertTrue(tooMuch.body().contains("shipped and not yet invoiced"), tooMuch::body);
    Reply taxed = Http.postJson(invoices, supplier.token(),
        "{\"number\":\"NW-2026-0042\",\"taxRate\":0.0825,\"lines\":[" + billed(po.second(), 2, "5.50") + "]}");
    assertEquals(201, taxed.status(), taxed::body);
    assertEquals("PRICE_MISMATCH", taxed.json().getString("matchStatus"), "5.50 billed, 5.00 ordered");
    assertEquals("11.00", amount(taxed.json(), "subtotal"));
    assertEquals("0.91", amount(taxed.json(), "tax"), "11.00 × 8.25 % = 0.9075");
    assertEquals("11.91", amount(taxed.json(), "total"));
    assertEquals(409, Http.postJson(invoices, supplier.token(), "{\"number\":\"NW-2026-0042\"}").status(), "an invoice number once");

    List<String> buyerSees = Http.get(API + "/invoices", gina).json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("number")).toList();
    assertTrue(buyerSees.containsAll(List.of("INV-" + po.poId() + "-1", "NW-2026-0042")), buyerSees::toString);
    assertEquals(2, Http.get(API + "/invoices", supplier.token()).json().getJsonArray("items").stream()
        .filter(i -> i.asJsonObject().getJsonNumber("purchaseOrderId").longValue() == po.poId()).count(),
        "two invoices: the refused ones wrote nothing");
    List<String> steps = Http.get(Shop.ORDERS + "/" + po.orderId() + "/tracking", gina).json().getJsonArray("items").stream()
        .map(e -> e.asJsonObject().getString("type")).toList();
    assertTrue(steps.containsAll(List.of("INVOICED", "INVOICE_REMATCHED")), steps::toString);
  }

  @Test
  void moreInvoicedThanReceivedStaysAQuantityMismatch() {
    Accepted po = accepted("20.00", 2, "1.00", 1);
    long shipment = ship(po.poId(), units(po.first(), 2));
    assertEquals(200, Http.postJson(API + "/shipments/" + shipment + "/receipt", gina,
        "{\"lines\":[" + units(po.first(), 1) + "]}").status(), "one of two arrived");
    Reply flipped = Http.postJson(API + "/purchase-orders/" + po.poId() + "/invoices", supplier.token(), "{}");
    assertEquals("QUANTITY_MISMATCH", flipped.json().getString("matchStatus"), flipped::body);
    JsonObject billedLine = flipped.json().getJsonArray("lines").getJsonObject(0);
    assertEquals(2, billedLine.getInt("quantity"));
    assertEquals(1, billedLine.getInt("received"));
  }

  @Test
  void onlyTheSupplierInvoicesAndOnlyBuyerAndSupplierSeeTheInvoice() {
    Accepted po = accepted("7.00", 1, "3.00", 1);
    ship(po.poId(), units(po.first(), 1));
    String invoices = API + "/purchase-orders/" + po.poId() + "/invoices";
    assertEquals(403, Http.postJson(invoices, gina, "{}").status(), "a buyer does not invoice");
    assertEquals(404, Http.postJson(invoices, otherSupplier.token(), "{}").status(), "another supplier's purchase order");
    Reply bad = Http.postJson(invoices, supplier.token(), "{\"taxRate\":1.5,\"lines\":[{\"lineId\":" + po.first() + ",\"quantity\":0}]}");
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("taxRate") && bad.body().contains("lines[0].quantity"), bad::body);

    String url = Http.postJson(invoices, supplier.token(), "{}").json().getJsonNumber("id").toString();
    String stranger = Tokens.person(KeycloakAdmin.person(UUID.randomUUID().toString(), "buyer"));
    assertEquals(404, Http.get(API + "/invoices/" + url, stranger).status(), "another buyer");
    assertEquals(404, Http.get(API + "/invoices/" + url, otherSupplier.token()).status(), "another supplier");
    assertEquals(200, Http.get(API + "/invoices/" + url, gina).status());
    assertEquals(200, Http.get(API + "/invoices/" + url, Tokens.person("olga@marketplace.example")).status());
  }

  private static long ship(long poId, String lines) {
    Reply shipped = Http.postJson(API + "/purchase-orders/" + poId + "/shipments", supplier.token(),
        "{\"carrier\":\"UPS\",\"trackingNumber\":\"1Z" + Long.toString(System.nanoTime(), 36).toUpperCase() + "\",\"lines\":[" + lines + "]}");
    assertEquals(201, shipped.status(), shipped::body);
    return shipped.json().getJsonNumber("id").longValue();
  }

  private static String units(long lineId, int quantity) {
    return "{\"lineId\":" + lineId + ",\"quantity\":" + quantity + "}";
  }

  private static String billed(long lineId, int quantity, String unitPrice) {
    return "{\"lineId\":" + lineId + ",\"quantity\":" + quantity + (unitPrice == null ? "" : ",\"unitPrice\":" + unitPrice) + "}";
  }

  private static long lineId(JsonObject po, long productId) {
    return po.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
        .filter(l -> l.getJsonNumber("productId").longValue() == productId).findFirst().orElseThrow().getJsonNumber("id").longValue();
  }

  private static String amount(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue().setScale(2).toPlainString();
  }
}
