// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.TestStack;
import org.extranet.marketplace.e2e.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Issue #5 in the browser, buyer side: search, narrow by a facet, open a product, add it to the cart. */
@ExtendWith(ArquillianExtension.class)
class BuyerCatalogIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void ginaSearchesNarrowsOpensAProductAndPutsItInHerCart() {
    DemoNetworkFixture.ensureLoaded();
    try (PortalBrowser gina = PortalBrowser.open("BuyerCatalogIT")) {
      gina.signIn("gina@globex.example", PORTAL + "buyer/catalog.xhtml");
      gina.await(By.xpath("//*[@id='catalog:results_data']/tr[1]//a")); // the whole catalog, first page
      gina.type(By.id("catalog:q"), "switch");
      gina.click(By.id("catalog:search"));
      gina.await(By.xpath("//*[@id='catalog:results_data']/tr[1]//a[contains(., 'Switch')]"));
      gina.click(By.xpath("(//a[contains(@id, ':supplier')])[1]"));
      gina.await(By.cssSelector(".portal-facet-chosen"));
      gina.screenshot("narrowed");

      gina.click(By.xpath("//*[@id='catalog:results_data']/tr[1]//a"));
      gina.await(By.id("name"));
      assertTrue(gina.text(By.id("name")).contains("Switch"));
      gina.click(By.id("product:add-to-cart"));
      gina.await(By.xpath("//*[@id='product:messages']//*[contains(text(), 'added to your cart')]"));
      gina.screenshot("added-to-cart");
    }
    assertTrue(Http.get(TestStack.API + "/cart", Tokens.person("gina@globex.example")).json().getInt("total") >= 1);
  }
}
