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
      olga.screenshot("operator-dashboard");
    }
  }
}
