// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.extranet.marketplace.e2e.ordering.Shop.line;
import static org.extranet.marketplace.e2e.ordering.Shop.order;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.extranet.marketplace.e2e.ordering.Shop;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue #7 in the browser: the supplier accepts, ships with UPS and records the carrier's events; the buyer
 * follows it on one timeline with the tracking number linking to the carrier, and confirms receipt.
 */
@ExtendWith(ArquillianExtension.class)
class FulfilmentPortalIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void theSupplierShipsAndTheBuyerSeesTheTimelineWithTheTrackingNumber() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long item = Shop.publish(supplier, "35.00", 20);
    JsonObject placed = Shop.place(gina, order(line(item, 3))).json();
    long orderId = placed.getJsonNumber("id").longValue();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT");
    String tracking = "1Z" + Long.toString(System.nanoTime(), 36).toUpperCase();

    try (PortalBrowser desk = PortalBrowser.open("FulfilmentPortalIT-supplier")) {
      desk.signIn(supplier.username(), PORTAL + "supplier/purchase-order.xhtml?id=" + poId);
      desk.click(By.id("po:accept"));
      desk.await(By.xpath("//*[@id='status'][text()='ACCEPTED']"));
      desk.type(By.id("po:trackingNumber"), tracking);
      desk.click(By.id("po:ship"));
      desk.await(By.xpath("//*[@id='po:shipments']//a[text()='" + tracking + "']"));
      desk.type(By.id("po:shipments:0:location"), "Louisville, KY");
      desk.click(By.id("po:shipments:0:record"));
      desk.await(By.xpath("//*[@id='po:shipments']//*[@class='shipment-status'][text()='IN_TRANSIT']"));
      desk.choose("po:shipments:0:code", "DELIVERED");
      desk.type(By.id("po:shipments:0:location"), "Chicago, IL");
      desk.click(By.id("po:shipments:0:record"));
      desk.await(By.xpath("//*[@id='po:shipments']//*[@class='shipment-status'][text()='DELIVERED']"));
      desk.screenshot("shipped-and-delivered");
    }

    try (PortalBrowser buyer = PortalBrowser.open("FulfilmentPortalIT-buyer")) {
      buyer.signIn("gina@globex.example", PORTAL + "buyer/order.xhtml?id=" + orderId);
      buyer.await(By.cssSelector("#order\\:steps .timeline-type"));
      List<String> steps = buyer.texts(By.cssSelector("#order\\:steps .timeline-type"));
      assertInOrder(steps, "SUBMITTED", "PLACED", "PURCHASE_ORDER_ACCEPTED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
      By link = By.xpath("//*[@id='order:steps']//a[@class='timeline-tracking'][text()='" + tracking + "']");
      assertTrue(buyer.await(link).getAttribute("href").startsWith("https://www.ups.com/track?tracknum=" + tracking));
      assertEquals(3, buyer.texts(By.xpath("//*[@id='order:steps']//a[text()='" + tracking + "']")).size(),
          "shipped, in transit and delivered name the tracking number");
      buyer.screenshot("timeline");

      buyer.type(By.xpath("//*[@id='order:shipments']//input[contains(@id, ':received_input')]"), "2");
      buyer.click(By.xpath("//*[@id='order:shipments']//button[contains(@id, ':confirmReceipt')]"));
      buyer.await(By.xpath("//*[@class='line-received'][text()='2']"));
      buyer.screenshot("received");
    }
    JsonObject received = Http.get(Shop.ORDERS + "/" + orderId, gina).json().getJsonArray("purchaseOrders").getJsonObject(0)
        .getJsonArray("lines").getJsonObject(0);
    assertEquals(2, received.getInt("receivedQuantity"));

    // the supplier's system bills what it shipped (3); gina received 2: the invoice does not match yet
    JsonObject invoice = Http.postJson(TestStack.API + "/purchase-orders/" + poId + "/invoices", supplier.token(), "{}").json();
    try (PortalBrowser buyer = PortalBrowser.open("FulfilmentPortalIT-invoices")) {
      buyer.signIn("gina@globex.example", PORTAL + "buyer/invoices.xhtml");
      By row = By.xpath("//*[@id='invoices:list']//tr[.//a[text()='" + invoice.getString("number") + "']]");
      assertTrue(buyer.text(row).contains("QUANTITY_MISMATCH"), () -> buyer.text(row));
      buyer.go(PORTAL + "invoice.xhtml?id=" + invoice.getJsonNumber("id"));
      assertEquals("QUANTITY_MISMATCH", buyer.text(By.id("match")));
      assertEquals("105.00", buyer.text(By.id("total")), "3 × 35.00, no tax");
      buyer.screenshot("printable-invoice");
    }
  }

  @Test
  void aRejectedPurchaseOrderShowsTheBuyerWhy() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long item = Shop.publish(supplier, "12.00", 5);
    JsonObject placed = Shop.place(gina, order(line(item, 1))).json();
    long poId = placed.getJsonArray("purchaseOrders").getJsonObject(0).getJsonNumber("id").longValue();
    Shop.awaitPurchaseOrder(supplier.token(), poId, "SENT");

    try (PortalBrowser desk = PortalBrowser.open("FulfilmentPortalIT-reject")) {
      desk.signIn(supplier.username(), PORTAL + "supplier/purchase-order.xhtml?id=" + poId);
      desk.type(By.id("po:reason"), "Out of production");
      desk.click(By.id("po:reject"));
      desk.await(By.xpath("//*[@id='rejectionReason'][text()='Out of production']"));
    }
    try (PortalBrowser buyer = PortalBrowser.open("FulfilmentPortalIT-rejected")) {
      buyer.signIn("gina@globex.example", PORTAL + "buyer/order.xhtml?id=" + placed.getJsonNumber("id"));
      assertTrue(buyer.text(By.cssSelector(".po-rejection")).contains("Out of production"));
      assertTrue(Integer.parseInt(buyer.text(By.id("unread-count"))) >= 1, "the bell counts the news");
      buyer.click(By.id("notifications-bell"));
      buyer.await(By.xpath("//a[@class='notification-title'][text()='" + supplier.name() + " rejected purchase order " + poId + "']"));
      buyer.screenshot("notifications");
    }
  }

  private static void assertInOrder(List<String> types, String... expected) {
    int at = 0;
    for (String type : types) {
      if (at < expected.length && type.equals(expected[at])) {
        at++;
      }
    }
    assertEquals(expected.length, at, "in order " + List.of(expected) + " within " + types);
  }
}
