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
 * A buyer pastes two SKUs into the cart, checks out, chooses to WAIT for Northwind's distributor on the line
 * Northwind is short of (the reference upstream partner answers over SOAP), and sees the order placed.
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
    Reply listed = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"" + cableSku + "\",\"name\":\"Patch cable\","
        + "\"category\":\"26121609\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\",\"listPrice\":{\"amount\":\"4.00\",\"currency\":\"USD\"},"
        + "\"stock\":100,\"minimumOrderQuantity\":1,\"packSize\":1}");
    assertEquals(201, listed.status(), listed::body);

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
      browser.click(By.xpath("//label[starts-with(normalize-space(.), 'Wait and ship all together')]"));
      browser.screenshot("checkout-wait");
      browser.click(By.id("checkout:place"));

      browser.awaitUrlContaining("order.xhtml?id=");
      orderId = Long.valueOf(browser.url().replaceAll(".*id=(\\d+).*", "$1"));
      assertEquals("PLACED", browser.text(By.id("status")));
      assertTrue(browser.texts(By.cssSelector(".line-availability")).contains("WAIT"));
      browser.screenshot("order");
    } finally {
      if (orderId != null) { // Northwind's stock goes back for the other tests
        assertEquals(200, Http.postJson(TestStack.API + "/orders/" + orderId + "/cancellation", gus, "{}").status());
      }
    }
  }
}
