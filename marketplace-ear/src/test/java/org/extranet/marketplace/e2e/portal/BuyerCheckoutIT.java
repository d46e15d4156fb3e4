// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.extranet.marketplace.e2e.DemoIds;
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
import org.openqa.selenium.By;

/**
 * A buyer pastes two SKUs into the cart, checks out, is told which line is short, chooses to WAIT for Northwind's distributor on the line
 * Northwind is short of (the reference upstream partner answers over SOAP), sees the order placed and among
 * his orders, and the other supplier finds its purchase order in its inbox. An approver rejects an order over
 * its requester's spending limit in the Approvals page.
 */
@ExtendWith(ArquillianExtension.class)
class BuyerCheckoutIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void gusQuickOrdersChecksOutWaitsForTheDistributorAndSeesHisOrder() {
    DemoNetworkFixture.ensureLoaded();
    String gus = Tokens.person("gus@globex.example");
    JsonObject licence = Http.get(TestStack.API + "/products?q=NOR-1513-000&supplierId=" + DemoIds.NORTHWIND, gus).json()
        .getJsonArray("items").getJsonObject(0);
    int short10 = licence.getInt("stock") + 10;
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    String cableSku = "CAB-" + UUID.randomUUID().toString().substring(0, 6);
    publish(supplier, cableSku, "4.00");

    Long orderId = null;
    try (PortalBrowser browser = PortalBrowser.open("BuyerCheckoutIT")) {
      browser.signIn("gus@globex.example", PORTAL + "buyer/cart.xhtml");
      browser.type(By.id("cart:pasted"), "NOR-1513-000 " + short10 + " Northwind\n" + cableSku + " 2\n");
      browser.click(By.id("cart:paste"));
      browser.await(By.xpath("//*[@id='cart:lines']//td[text()='" + cableSku + "']"));
      browser.screenshot("cart");
      browser.click(By.id("cart:checkout"));

      browser.awaitUrlContaining("checkout.xhtml");
      browser.await(By.xpath("//*[@id='checkout:lines']//td[contains(., 'DISTRIBUTOR 20')]"));
      browser.click(By.id("checkout:place")); // no choice for the short line: refused, the reason next to that line
      browser.await(By.xpath("//*[@id='checkout:lines']//tr[contains(., 'NOR-1513-000')]//*[contains(@id, ':line-error')]"
          + "[contains(., 'only ')]"));
      browser.screenshot("checkout-refused");
      browser.click(By.xpath("//label[starts-with(normalize-space(.), 'Wait and ship all together')]"));
      browser.screenshot("checkout-wait");
      browser.click(By.id("checkout:place"));

      browser.awaitUrlContaining("order.xhtml?id=");
      orderId = Long.valueOf(browser.url().replaceAll(".*id=(\\d+).*", "$1"));
      assertEquals("PLACED", browser.text(By.id("status")));
      assertTrue(browser.texts(By.cssSelector(".line-availability")).contains("WAIT"));
      browser.screenshot("order");

      browser.go(PORTAL + "buyer/orders.xhtml");
      browser.choose("orders:status", "PLACED");
      browser.await(By.xpath("//*[@id='orders:list'][not(.//*[@class='portal-status'][text() != 'PLACED'])]"
          + "//a[text()='#" + orderId + "']"));
      browser.screenshot("my-orders");

      seeInTheInbox(supplier, orderId, cableSku);
    } finally {
      if (orderId != null) { // Northwind's stock goes back for the other tests
        assertEquals(200, Http.postJson(TestStack.API + "/orders/" + orderId + "/cancellation", gus, "{}").status());
      }
    }
  }

  @Test
  void gusRejectsGinasOrderOverHerLimitInTheApprovalsPage() {
    DemoNetworkFixture.ensureLoaded();
    String gina = Tokens.person("gina@globex.example");
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    long server = publish(supplier, "SRV-" + UUID.randomUUID().toString().substring(0, 6), "2600.00");
    Reply placed = Http.postJson(TestStack.API + "/orders", gina,
        "{\"lines\":[{\"productId\":" + server + ",\"quantity\":2}],\"note\":\"two servers\"}", UUID.randomUUID().toString());
    assertEquals("PENDING_APPROVAL", placed.json().getString("status"), placed::body);
    long orderId = placed.json().getJsonNumber("id").longValue();

    try (PortalBrowser browser = PortalBrowser.open("BuyerCheckoutIT-approvals")) {
      browser.signIn("gus@globex.example", PORTAL + "buyer/approvals.xhtml");
      By row = By.xpath("//*[@id='approvals:pending']//tr[.//a[text()='#" + orderId + "']]");
      assertTrue(browser.text(row).contains("gina@globex.example"), () -> browser.text(row));
      browser.type(By.id("approvals:reason"), "Not this quarter");
      browser.click(By.xpath("//*[@id='approvals:pending']//tr[.//a[text()='#" + orderId + "']]//button[contains(@id, ':reject')]"));
      browser.await(By.xpath("//*[@id='approvals:messages']//*[contains(., 'Order " + orderId + " rejected')]"));
      browser.screenshot("rejected");
    }
    JsonObject order = Http.get(TestStack.API + "/orders/" + orderId, gina).json();
    assertEquals("REJECTED", order.getString("status"));
    assertEquals("Not this quarter", order.getString("decisionReason"));
  }

  /** The supplier signs in and opens its purchase order of the order on its lines. */
  private static void seeInTheInbox(SupplierApplicant supplier, long orderId, String sku) {
    try (PortalBrowser browser = PortalBrowser.open("BuyerCheckoutIT-supplier")) {
      browser.signIn(supplier.username(), PORTAL + "supplier/purchase-orders.xhtml");
      browser.click(By.xpath("//*[@id='inbox:list']//tr[contains(., 'Globex')]//*[contains(@class, 'ui-row-toggler')]"));
      browser.await(By.xpath("//*[@id='inbox:list']//td[text()='" + sku + "']"));
      browser.screenshot("inbox");
    }
  }

  /** Publishes a PHYSICAL listing with 100 in stock and returns its product id. */
  private static long publish(SupplierApplicant supplier, String sku, String price) {
    Reply listed = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"" + sku + "\",\"name\":\"Item " + sku + "\","
        + "\"category\":\"26121609\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\",\"listPrice\":{\"amount\":\"" + price + "\",\"currency\":\"USD\"},"
        + "\"stock\":100,\"minimumOrderQuantity\":1,\"packSize\":1}");
    assertEquals(201, listed.status(), listed::body);
    return listed.json().getJsonNumber("id").longValue();
  }
}
