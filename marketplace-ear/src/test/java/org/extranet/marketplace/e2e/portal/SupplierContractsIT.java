// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Issue #5 in the browser: a supplier agrees a contract price with tiers; the buyer's price follows. */
@ExtendWith(ArquillianExtension.class)
class SupplierContractsIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void aSupplierAgreesAContractPriceAndGinaPaysIt() {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    Http.Reply listed = Http.postJson(TestStack.API + "/listings", supplier.token(), "{\"sku\":\"FW-9\",\"name\":\"Firewall branch\","
        + "\"category\":\"43222501\",\"unit\":\"EA\",\"kind\":\"PHYSICAL\",\"listPrice\":{\"amount\":\"2000.00\",\"currency\":\"USD\"},\"stock\":5}");
    assertEquals(201, listed.status(), listed::body);

    try (PortalBrowser browser = PortalBrowser.open("SupplierContractsIT")) {
      browser.signIn(supplier.username(), PORTAL + "supplier/contracts.xhtml");
      browser.choose("contracts:buyer", "Globex Corporation");
      browser.type(By.id("contracts:sku"), "FW-9");
      browser.type(By.id("contracts:price_input"), "1800");
      browser.type(By.id("contracts:tier1-quantity_input"), "5");
      browser.type(By.id("contracts:tier1-price_input"), "1700");
      browser.click(By.id("contracts:agree"));
      browser.await(By.xpath("//*[@id='contracts:messages']//*[contains(text(), 'FW-9 agreed')]"));
      browser.await(By.xpath("//*[@id='contracts:table_data']//td[text()='FW-9']"));
      browser.screenshot("agreed");
    }

    JsonObject found = Http.get(TestStack.API + "/products?q=FW-9&supplierId=" + supplier.organizationId(),
        Tokens.person("gina@globex.example")).json().getJsonArray("items").getJsonObject(0);
    assertEquals("1800.00", found.getJsonObject("price").getString("amount"));
    assertEquals("2000.00", found.getJsonObject("listPrice").getString("amount"));
  }
}
