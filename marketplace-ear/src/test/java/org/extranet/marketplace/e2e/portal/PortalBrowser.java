// SPDX-License-Identifier: Apache-2.0
package org.extranet.marketplace.e2e.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.extranet.marketplace.e2e.TestStack;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium + chromedriver) with a profile of its own, that saves a
 * screenshot of every page a test visits into {@code target/screenshots/} for a person to look at.
 */
final class PortalBrowser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final String testName;
  private int shots;

  private PortalBrowser(ChromeDriver driver, Path profile, String testName) {
    this.driver = driver;
    this.profile = profile;
    this.testName = testName;
  }

  static PortalBrowser open(String testName) {
    Path profile;
    try {
      profile = Files.createTempDirectory("portal-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1440,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    return new PortalBrowser(driver, profile, testName);
  }

  /** Signs in with the marketplace's own login form (password "demo") and opens {@code page}. */
  void signIn(String email, String page) {
    go(page);
    awaitUrlStartingWith(TestStack.KEYCLOAK + "/realms/marketplace/");
    type(By.id("username"), email);
    click(By.id("kc-login"));
    type(By.id("password"), "demo");
    click(By.id("kc-login"));
    awaitUrlStartingWith(TestStack.BASE_URL + "/portal/");
    await(By.id("greeting"));
    go(page);
    screenshot("signed-in");
  }

  void go(String url) {
    driver.get(url);
  }

  String url() {
    return driver.getCurrentUrl();
  }

  /** Waits until the page shows the element, then returns it. */
  WebElement await(By locator) {
    return until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null),
        "element " + locator);
  }

  /** Waits until the browser is on a page whose address starts with the prefix. */
  void awaitUrlStartingWith(String prefix) {
    until(d -> d.getCurrentUrl().startsWith(prefix) ? Boolean.TRUE : null, "an address starting with " + prefix);
  }

  void awaitUrlContaining(String part) {
    until(d -> d.getCurrentUrl().contains(part) ? Boolean.TRUE : null, "an address containing " + part);
  }

  void type(By locator, String text) {
    WebElement field = await(locator);
    field.clear();
    // formatted inputs (p:inputNumber) ignore clear(): select what is left so typing replaces it
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /**
   * Clicks the element in the middle of the window: WebDriver's own scrolling puts it at the very top, under
   * the portal's fixed header, where a menu's panel that opens there cannot be clicked.
   */
  void click(By locator) {
    WebElement element = await(locator);
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /**
   * Chooses {@code label} in a p:selectOneMenu: opens it, clicks the item, and waits until the menu shows
   * the choice — a click that lands while the panel is still opening is simply repeated.
   */
  void choose(String menuId, String label) {
    By shown = By.xpath("//*[@id='" + menuId + "_label'][text()='" + label + "']");
    for (int attempt = 0; attempt < 3 && driver.findElements(shown).isEmpty(); attempt++) {
      click(By.id(menuId));
      click(By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']"));
    }
    await(shown);
  }

  /** Chooses {@code file} in a file input; PrimeFaces hides the input itself, so it is not awaited as visible. */
  void attach(By fileInput, Path file) {
    until(d -> d.findElements(fileInput).stream().findFirst().orElse(null), "file input " + fileInput)
        .sendKeys(file.toAbsolutePath().toString());
  }

  /** Moves the mouse over the element (menubar submenus open on hover). */
  void hover(By locator) {
    new Actions(driver).moveToElement(await(locator)).perform();
  }

  /** The trimmed text of a visible element. */
  String text(By locator) {
    return await(locator).getText().trim();
  }

  /** The texts of all matching elements, shown or not (closed submenus are in the page, hidden). */
  List<String> texts(By locator) {
    return driver.findElements(locator).stream()
        .map(e -> String.valueOf(e.getDomProperty("textContent")).trim())
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** Saves the page as target/screenshots/<test>-<nn>-<name>.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, ++shots, name));
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T until(ExpectedCondition<T> condition, String what) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition);
    } catch (RuntimeException e) {
      screenshot("timeout");
      throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the browser is at " + url(), e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a left-over temporary profile is harmless
    }
  }
}
