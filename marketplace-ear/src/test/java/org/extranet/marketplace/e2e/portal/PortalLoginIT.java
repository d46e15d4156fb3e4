// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.extranet.marketplace.e2e.DemoIds;
import org.extranet.marketplace.e2e.DemoNetworkFixture;
import org.extranet.marketplace.e2e.KeycloakAdmin;
import org.extranet.marketplace.e2e.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Signing in to the portal in a real browser: Keycloak's identity-first login (e-mail, then
 * password), brokering to a partner's own intranet IdP, the portal's home for the person's
 * organization, and signing out of both. Screenshots of every page go to target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class PortalLoginIT {

  private static final String PORTAL = TestStack.BASE_URL + "/portal/";
  private static final String MARKETPLACE_REALM = TestStack.KEYCLOAK + "/realms/marketplace/";
  private static final String ACME_REALM = "/realms/acme-intranet/";

  private static final By EMAIL = By.id("username");
  private static final By PASSWORD = By.id("password");
  private static final By SIGN_IN = By.id("kc-login");
  private static final By GREETING = By.id("greeting");
  private static final By ERROR_TITLE = By.id("error-title");
  private static final By MENU_ENTRIES = By.cssSelector("#menu .ui-menuitem-text");

  private PortalBrowser browser;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return TestStack.builtEar();
  }

  @BeforeEach
  void openBrowser(TestInfo test) {
    DemoNetworkFixture.ensureLoaded();
    browser = PortalBrowser.open("PortalLoginIT-" + test.getTestMethod().orElseThrow().getName());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void anAnonymousVisitorIsSentToTheKeycloakLogin() throws IOException, InterruptedException {
    HttpResponse<Void> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(PORTAL)).GET().build(), HttpResponse.BodyHandlers.discarding());

    assertEquals(302, response.statusCode());
    String location = response.headers().firstValue("Location").orElse("");
    assertTrue(location.startsWith(MARKETPLACE_REALM + "protocol/openid-connect/auth?"), location);
    assertTrue(location.contains("client_id=marketplace-portal"), location);
  }

  @Test
  void ginaSignsInWithHerMarketplacePasswordAndGetsTheBuyerPortal() {
    signInWithMarketplacePassword("gina@globex.example");

    assertEquals("gina@globex.example", browser.text(By.id("signed-in-email")));
    assertEquals("Globex Corporation", browser.text(By.id("organization-name")));
    assertEquals("Globex Corporation", browser.text(By.id("home-organization")));
    assertEquals("BUYER", browser.text(By.id("organization-kind")).toUpperCase());
    List<String> menu = browser.texts(MENU_ENTRIES);
    assertTrue(menu.containsAll(List.of("Buying", "Catalog", "Cart", "My orders")), menu::toString);
    assertFalse(menu.contains("Operating") || menu.contains("Vetting queue") || menu.contains("Metrics"), menu::toString);

    browser.click(By.linkText("My orders"));
    browser.await(By.id("orders:list"));
    assertTrue(browser.url().endsWith("/portal/buyer/orders.xhtml"), browser.url());
  }

  @Test
  void olgaTheOperatorGetsTheOperatorMenuAndNoBuyerMenu() {
    signInWithMarketplacePassword("olga@marketplace.example");

    assertEquals("Extranet Marketplace", browser.text(By.id("home-organization")));
    List<String> menu = browser.texts(MENU_ENTRIES);
    assertTrue(menu.containsAll(List.of("Operating", "Vetting queue", "Suppliers", "Metrics")), menu::toString);
    assertFalse(menu.contains("Buying") || menu.contains("Catalog"), menu::toString);

    browser.hover(By.xpath("//*[@id='menu']//span[@class='ui-menuitem-text'][text()='Operating']"));
    browser.await(By.xpath("//*[@id='menu']//span[@class='ui-menuitem-text'][text()='Vetting queue']"));
    browser.screenshot("operator-menu");
  }

  @Test
  void aliceIsSentToAcmesOwnIntranetLoginAndLandsInTheAcmePortal() {
    browser.go(PORTAL);
    browser.awaitUrlStartingWith(MARKETPLACE_REALM);
    browser.type(EMAIL, "alice@acme.example");
    browser.screenshot("marketplace-login-email");
    browser.click(SIGN_IN);

    browser.awaitUrlContaining(ACME_REALM);
    browser.await(PASSWORD);
    browser.screenshot("acme-intranet-login");
    assertTrue(browser.url().contains(ACME_REALM), browser.url());
    browser.type(EMAIL, "alice@acme.example");
    browser.type(PASSWORD, "demo");
    browser.click(SIGN_IN);

    awaitPortalHome();
    assertEquals("alice@acme.example", browser.text(By.id("signed-in-email")));
    assertEquals("Acme Corp", browser.text(By.id("organization-name")));
    assertEquals("Acme Corp", browser.text(By.id("home-organization")));
  }

  @Test
  void signingOutEndsThePortalAndTheKeycloakSession() {
    signInWithMarketplacePassword("gina@globex.example");

    browser.click(By.id("logout"));

    browser.awaitUrlStartingWith(MARKETPLACE_REALM);
    browser.await(EMAIL);
    browser.screenshot("login-after-logout");
    // Keycloak's session is gone too: asking for the portal again needs a new login, not a silent SSO.
    browser.go(PORTAL);
    browser.awaitUrlStartingWith(MARKETPLACE_REALM);
    browser.await(EMAIL);
    browser.screenshot("login-again");
  }

  @Test
  void aBuyerWithoutOrganizationIsToldWhyInsteadOfSeeingAStackTrace() {
    signInWithMarketplacePassword(RefusedPeople.buyerWithoutOrganization(), ERROR_TITLE, "portal-refusal");

    assertEquals("You cannot use the portal with this account", browser.text(ERROR_TITLE));
    assertTrue(browser.text(By.id("error-detail")).contains("not linked to an organization"));

    browser.click(By.id("logout"));
    browser.awaitUrlStartingWith(MARKETPLACE_REALM);
    browser.await(EMAIL);
    browser.screenshot("login-after-logout");
  }

  @Test
  void aMemberWithoutMarketplaceRoleIsRefused() {
    signInWithMarketplacePassword(KeycloakAdmin.personWithoutRoles(DemoIds.GLOBEX), ERROR_TITLE, "portal-refusal");

    assertEquals("You cannot use the portal with this account", browser.text(ERROR_TITLE));
    assertTrue(browser.text(By.id("error-detail")).contains("no role in the marketplace"));
  }

  @Test
  void aBuyerOfAnOrganizationTheMarketplaceDoesNotKnowIsToldSo() {
    signInWithMarketplacePassword(RefusedPeople.buyerOfUnregisteredOrganization(), By.id("not-registered"), "portal-home");

    assertEquals("Organization not registered", browser.text(By.id("organization-name")));
    assertTrue(browser.text(By.id("not-registered")).contains("not registered in the marketplace"));
  }

  private void signInWithMarketplacePassword(String email) {
    signInWithMarketplacePassword(email, GREETING, "portal-home");
  }

  /** Signs in through the identity-first form and waits for the portal page showing the landmark. */
  private void signInWithMarketplacePassword(String email, By landmark, String screenshot) {
    browser.go(PORTAL);
    browser.awaitUrlStartingWith(MARKETPLACE_REALM);
    browser.type(EMAIL, email);
    browser.screenshot("marketplace-login-email");
    browser.click(SIGN_IN);
    browser.type(PASSWORD, "demo");
    browser.screenshot("marketplace-login-password");
    browser.click(SIGN_IN);
    awaitPortalPage(landmark, screenshot);
  }

  private void awaitPortalHome() {
    awaitPortalPage(GREETING, "portal-home");
  }

  private void awaitPortalPage(By landmark, String screenshot) {
    browser.awaitUrlStartingWith(PORTAL);
    browser.await(landmark);
    browser.screenshot(screenshot);
  }
}
