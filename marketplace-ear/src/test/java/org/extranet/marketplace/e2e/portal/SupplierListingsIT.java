// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.Http;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue #5 in the browser, supplier side: a file with bad lines is refused with every bad line named and
 * nothing imported; a good file is imported with a progress bar; the listings table edits stock in place
 * and withdraws a listing.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierListingsIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";
  private static final String HEADER = "sku,name,category,unit,kind,listPrice,stock\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void aSupplierImportsAFileAndKeepsItsListingsInTheTable() throws IOException {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant supplier = SupplierApplicant.member("STANDARD");
    Path bad = csv("bad.csv", HEADER
        + "GOOD-1,Good switch,43222612,EA,PHYSICAL,120.00,4\n"
        + "BAD-1,Unknown category,11111111,EA,PHYSICAL,10.00,1\n"
        + "BAD-2,Negative price,43222612,EA,PHYSICAL,-3.00,1\n");
    StringBuilder good = new StringBuilder(HEADER);
    for (int i = 1; i <= 30; i++) {
      good.append("SW-").append(100 + i).append(",Switch ").append(i).append(" ports,43222612,EA,PHYSICAL,")
          .append(100 + i).append(".00,").append(i).append('\n');
    }

    try (PortalBrowser browser = PortalBrowser.open("SupplierListingsIT")) {
      browser.signIn(supplier.username(), PORTAL + "supplier/import.xhtml");
      browser.attach(By.id("import:file_input"), bad);
      browser.await(By.xpath("//*[@id='import:outcome'][contains(., 'REJECTED')]"));
      assertEquals(List.of("3", "4"), browser.texts(By.cssSelector("[id='import:errors_data'] tr td:first-child")));
      browser.screenshot("rejected-with-lines");
      assertEquals(0, listings(supplier).json().getInt("total"), "nothing of the refused file");

      browser.attach(By.id("import:file_input"), csv("good.csv", good.toString()));
      browser.await(By.xpath("//*[@id='import:outcome'][contains(., 'ACCEPTED')]"));
      assertTrue(browser.text(By.id("import:outcome")).contains("30 listed"));
      browser.screenshot("accepted");

      browser.go(PORTAL + "supplier/listings.xhtml");
      browser.await(By.xpath("//*[@id='listings:table_data']/tr[1]/td[1][text()='SW-101']"));
      browser.click(By.cssSelector("[id='listings:table_data'] tr:first-child .ui-row-editor-pencil"));
      browser.type(By.id("listings:table:0:stock_input"), "77");
      browser.click(By.cssSelector("[id='listings:table_data'] tr:first-child .ui-row-editor-check"));
      browser.await(By.xpath("//*[@id='listings:messages']//*[contains(text(), 'SW-101 saved')]"));
      browser.screenshot("stock-saved");
      assertEquals(77, listings(supplier).json().getJsonArray("items").getJsonObject(0).getInt("stock"));

      browser.click(By.id("listings:table:1:withdraw"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.await(By.xpath("//*[@id='listings:messages']//*[contains(text(), 'SW-102 withdrawn')]"));
      assertEquals(29, listings(supplier).json().getInt("total"));
    }
  }

  private static Http.Reply listings(SupplierApplicant supplier) {
    return Http.get(TestStack.API + "/listings", supplier.token());
  }

  private static Path csv(String name, String content) throws IOException {
    Path file = Files.createTempDirectory("listings-").resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
