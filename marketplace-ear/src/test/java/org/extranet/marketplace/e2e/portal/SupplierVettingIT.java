// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.SupplierApplicant;
import org.extranet.marketplace.e2e.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue #4 in the browser: the operator works an application through the vetting queue, checks every
 * item and approves, suspends and reinstates on the suppliers page; the supplier then sees its
 * membership ACTIVE. A fresh applicant stands in for
 * Pending Supplies so that the demo's Pending Supplies stays SUBMITTED for people trying the demo.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierVettingIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";
  private static final List<String> CHECKLIST = List.of(
      "Identity verified", "Tax id verified", "References checked", "Insurance certificate", "Quality policy", "Agreement signed");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @Test
  void theOperatorApprovesSuspendsAndReinstatesAndTheSupplierSeesItsMembershipActive() {
    DemoNetworkFixture.ensureLoaded();
    SupplierApplicant applicant = SupplierApplicant.fresh();
    applicant.apply();

    try (PortalBrowser olga = PortalBrowser.open("SupplierVettingIT-operator")) {
      olga.signIn("olga@marketplace.example", PORTAL + "operator/vetting-queue.xhtml");
      olga.click(By.linkText(applicant.name()));
      olga.await(By.id("company"));
      olga.screenshot("application");
      for (int row = 0; row < CHECKLIST.size(); row++) {
        olga.click(By.cssSelector("[id='vetting:checklist:" + row + ":passed'] .ui-chkbox-box"));
        olga.click(By.id("vetting:checklist:" + row + ":record"));
        olga.await(By.xpath("//*[@id='vetting:messages']//*[contains(text(), '" + CHECKLIST.get(row) + " recorded')]"));
      }
      olga.screenshot("checklist-complete");
      olga.click(By.id("vetting:approve"));
      olga.await(By.xpath("//*[@id='vetting:status'][contains(., 'APPROVED')]"));
      olga.screenshot("approved");

      olga.go(PORTAL + "operator/suppliers.xhtml");
      olga.type(By.cssSelector("th input.ui-column-filter"), applicant.name());
      olga.await(By.xpath("//*[@id='suppliers:memberships_data']/tr[1]/td[1][text()='" + applicant.name() + "']"));
      olga.type(By.id("suppliers:memberships:0:reason"), "missing insurance renewal");
      olga.click(By.id("suppliers:memberships:0:suspend"));
      olga.await(By.xpath("//*[@id='suppliers:messages']//*[contains(text(), 'suspended')]"));
      olga.screenshot("suspended");
      olga.click(By.id("suppliers:memberships:0:reinstate"));
      olga.await(By.xpath("//*[@id='suppliers:messages']//*[contains(text(), 'reinstated')]"));
    }

    try (PortalBrowser supplier = PortalBrowser.open("SupplierVettingIT-supplier")) {
      supplier.signIn(applicant.username(), PORTAL + "supplier/membership.xhtml");
      assertEquals("ACTIVE", supplier.text(By.id("membership-status")));
      assertEquals("STANDARD", supplier.text(By.id("membership-tier")));
      supplier.screenshot("membership-active");
    }
  }

  @Test
  void aNewSupplierAppliesThroughTheWizard() {
    DemoNetworkFixture.ensureLoaded();
    String organizationId = java.util.UUID.randomUUID().toString();
    String username = org.extranet.marketplace.e2e.KeycloakAdmin.person(organizationId, "supplier");

    try (PortalBrowser supplier = PortalBrowser.open("SupplierVettingIT-wizard")) {
      supplier.signIn(username, PORTAL + "supplier/apply.xhtml");
      supplier.type(By.id("apply:companyName"), "Wizard Works " + organizationId.substring(0, 6));
      supplier.type(By.id("apply:taxId"), "US-22-7654321");
      supplier.click(By.cssSelector(".ui-wizard-nav-next"));
      supplier.type(By.id("apply:street"), "9 Forge Lane");
      supplier.type(By.id("apply:city"), "Pittsburgh");
      supplier.type(By.id("apply:postalCode"), "15201");
      supplier.screenshot("wizard-address");
      supplier.click(By.cssSelector(".ui-wizard-nav-next"));
      supplier.type(By.id("apply:contactName"), "Wanda Wizard");
      supplier.type(By.id("apply:contactEmail"), "wanda@wizard.example");
      supplier.click(By.cssSelector(".ui-wizard-nav-next"));
      supplier.attach(By.cssSelector("input[type=file]"), insuranceCertificate());
      supplier.await(By.xpath("//*[@id='apply:documentList']//td[text()='insurance.pdf']"));
      supplier.screenshot("wizard-documents");
      supplier.click(By.cssSelector(".ui-wizard-nav-next"));
      supplier.await(By.id("apply:submit"));
      assertEquals("1", supplier.text(By.id("documentCount")));
      supplier.screenshot("wizard-review");
      supplier.click(By.id("apply:submit"));
      supplier.await(By.id("submitted"));
      supplier.screenshot("wizard-submitted");

      supplier.go(PORTAL + "supplier/membership.xhtml");
      assertEquals("APPLICATION SUBMITTED", supplier.text(By.id("membership-status")));
    }
  }

  /** A small PDF (the business tier recognises the type by its %PDF signature, not by the name). */
  private static java.nio.file.Path insuranceCertificate() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("wizard");
      return java.nio.file.Files.write(dir.resolve("insurance.pdf"),
          "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
