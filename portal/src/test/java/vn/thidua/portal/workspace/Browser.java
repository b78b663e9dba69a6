package vn.thidua.portal.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.portal.TestStack;

/**
 * Headless Chromium on the running portal, with Debian's chromium and chromedriver given explicitly
 * (Selenium Manager never downloads anything), and the stack's demo accounts.
 */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  final String base;

  Browser() throws IOException {
    this.base = System.getProperty("portal.url", TestStack.portalUrl().toString());
    requireUp(base);
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=vi");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  /** An IT fails, never skips, when the portal is not there. */
  private static void requireUp(String base) {
    try {
      HttpResponse<Void> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        throw new AssertionError("The portal at " + base + " is not healthy: " + r.statusCode());
      }
    } catch (IOException | InterruptedException e) {
      throw new AssertionError("The portal at " + base + " cannot be reached", e);
    }
  }

  String secret(String name) {
    return TestStack.secret(name);
  }

  void open(String path) {
    driver.get(base + "/" + path);
    waitForVaadin();
  }

  /** Signs in through the login page, as a person would. */
  void signIn(String username, String passwordSecret) {
    driver.manage().deleteAllCookies();
    open("dang-nhap");
    until(
        Duration.ofSeconds(30),
        () -> !driver.findElements(By.cssSelector("input[name=username]")).isEmpty());
    WebElement user = driver.findElement(By.cssSelector("input[name=username]"));
    user.sendKeys(username);
    WebElement password = driver.findElement(By.cssSelector("input[name=password]"));
    password.sendKeys(secret(passwordSecret));
    password.sendKeys(org.openqa.selenium.Keys.ENTER);
    until(Duration.ofSeconds(30), () -> driver.getCurrentUrl().contains("lam-viec"));
    waitForVaadin();
  }

  void signOut() {
    driver.manage().deleteAllCookies();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The text of an element and of the grid cells slotted into it. */
  String text(String id) {
    Object t =
        js(
            "const e = document.getElementById(arguments[0]); if (!e) return '';"
                + " return e.innerText + ' ' + Array.from(e.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join(' | ');",
            id);
    return t == null ? "" : t.toString();
  }

  /** Only the text of the grid cells inside an element, one cell per " | ". */
  String cells(String id) {
    Object t =
        js(
            "const e = document.getElementById(arguments[0]); if (!e) return '';"
                + " return Array.from(e.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join(' | ');",
            id);
    return t == null ? "" : t.toString();
  }

  String bodyText() {
    Object t =
        js(
            "return document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                + "'vaadin-grid-cell-content')).map(c => c.textContent).join(' | ');");
    return t == null ? "" : t.toString();
  }

  void waitForVaadin() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return document.readyState === 'complete' && (!window.Vaadin ||"
                            + " !window.Vaadin.Flow || !window.Vaadin.Flow.clients ||"
                            + " Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));")));
  }

  static void until(Duration timeout, Supplier<Boolean> condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      try {
        if (Boolean.TRUE.equals(condition.get())) {
          return;
        }
      } catch (RuntimeException ignored) {
        // The page is still changing; ask again.
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("Timed out after " + timeout);
  }

  /**
   * A phone's viewport, {@code width} CSS pixels wide (375 for most phones), until {@link
   * #desktop()}. Set through the DevTools protocol, since a desktop window cannot be made that
   * narrow; not as a "mobile" device, whose browser would zoom out to fit a page that overflows and
   * so hide the very overflow a test looks for.
   */
  void phone(int width) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", 812, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Back to the window's own size. */
  void desktop() {
    ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /**
   * How far the page scrolls sideways: {@code document.scrollingElement.scrollWidth} beyond {@code
   * innerWidth} (0 when it does not), with the elements that stick out furthest, for the message.
   */
  String horizontalOverflow() {
    Object o =
        js(
            """
            const over = document.scrollingElement.scrollWidth - window.innerWidth;
            if (over <= 0) return '';
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            // What scrolls inside its own box (a grid, a table's box) cannot widen the page.
            const wide = Array.from(document.querySelectorAll('body *'))
                .filter(e => !e.parentElement.closest('vaadin-grid, .portal-table-box'))
                .map(e => [e, e.getBoundingClientRect().right])
                .filter(([e, r]) => r > window.innerWidth + 1)
                .sort((a, b) => b[1] - a[1]).slice(0, 6)
                .map(([e, r]) => name(e) + ' (right edge ' + Math.round(r) + ')');
            return over + ' px too wide: ' + wide.join(', ');
            """);
    return o == null ? "" : o.toString();
  }

  /**
   * The whole page at the phone width {@link #phone} set, to {@code target/screenshots/<name>.png}.
   */
  void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Number height = (Number) js("return document.documentElement.scrollHeight");
    Number width = (Number) js("return window.innerWidth");
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width.intValue(),
            "height",
            Math.min(8000, height.intValue()),
            "deviceScaleFactor",
            1,
            "mobile",
            false));
    try {
      Files.write(dir.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
    } finally {
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width", width.intValue(), "height", 812, "deviceScaleFactor", 1, "mobile", false));
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
