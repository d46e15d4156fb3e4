// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Issue #8 in the browser: the operator's dashboard draws its charts over the demo network's orders. */
@ExtendWith(ArquillianExtension.class)
class OperatorDashboardIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void olgaSeesOrderCostByChannelAgainstTheManualBaseline() {
    DemoNetworkFixture.ensureLoaded();
    try (PortalBrowser olga = PortalBrowser.open("OperatorDashboardIT")) {
      olga.signIn("olga@marketplace.example", PORTAL + "operator/metrics.xhtml");
      for (String chart : List.of("metrics:costChart", "metrics:ordersChart")) {
        WebElement canvas = olga.await(By.cssSelector("[id='" + chart + "'] canvas"));
        assertTrue(canvas.getSize().getWidth() > 100 && canvas.getSize().getHeight() > 50, chart + " drawn: " + canvas.getSize());
      }
      assertEquals("150.16", olga.text(By.id("baseline")), "the default model's fully manual order");
      List<String> channels = olga.texts(By.xpath("//*[@id='metrics:byChannel_data']/tr/td[1]"));
      assertTrue(channels.containsAll(List.of("MANUAL", "PORTAL")), "the demo's phoned-in and portal orders: " + channels);
      WebElement switching = olga.await(By.cssSelector("[id='metrics:switchingChart'] canvas"));
      assertTrue(switching.getSize().getWidth() > 100, "switching chart drawn: " + switching.getSize());
      assertTrue(olga.texts(By.xpath("//*[@id='metrics:switching_data']/tr/td[1]")).contains("Globex Corporation"));
      assertTrue(olga.texts(By.xpath("//*[@id='metrics:scorecards_data']/tr/td[1]")).size() > 5, "suppliers' scorecards");
      olga.screenshot("operator-dashboard");
    }
  }

  @Test
  void ginaSeesHerSpendAndSwitchingCostStatementSamHisCustomersInTiers() {
    DemoNetworkFixture.ensureLoaded();
    try (PortalBrowser gina = PortalBrowser.open("OperatorDashboardIT-buyer")) {
      gina.signIn("gina@globex.example", PORTAL + "buyer/metrics.xhtml");
      for (String chart : List.of("buyerMetrics:spendChart", "buyerMetrics:costChart")) {
        WebElement canvas = gina.await(By.cssSelector("[id='" + chart + "'] canvas"));
        assertTrue(canvas.getSize().getWidth() > 100, chart + " drawn: " + canvas.getSize());
      }
      List<String> items = gina.texts(By.xpath("//*[@id='buyerMetrics:statement_data']/tr/td[1]"));
      assertTrue(items.containsAll(List.of("INTEGRATIONS", "CONTRACT_PRICE_ADVANTAGE", "PROCESSING_SAVINGS", "TRAINED_USERS")), items::toString);
      assertTrue(new java.math.BigDecimal(gina.text(By.id("statementTotal"))).signum() > 0);
      gina.screenshot("buyer-dashboard");
    }
    try (PortalBrowser sam = PortalBrowser.open("OperatorDashboardIT-supplier")) {
      sam.signIn("sam@northwind.example", PORTAL + "supplier/metrics.xhtml");
      WebElement canvas = sam.await(By.cssSelector("[id='tiers:stageChart'] canvas"));
      assertTrue(canvas.getSize().getWidth() > 100, "stage chart drawn: " + canvas.getSize());
      List<String> buyers = sam.texts(By.xpath("//*[@id='tiers:customers_data']/tr/td[1]"));
      assertTrue(buyers.contains("Globex Corporation"), buyers::toString);
      sam.screenshot("supplier-dashboard");
    }
  }
}
