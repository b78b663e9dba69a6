package vn.thidua.portal.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

  /** What {@link #fetch} got: the status, the content type and the body. */
  record Fetched(int status, String contentType, byte[] body) {}

  /**
   * Fetches a path of the portal in the page's session (its cookies), as a link the user clicks
   * would: for downloads, whose bytes a test reads back.
   */
  Fetched fetch(String path) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'}).then(r =>"
                    + " r.arrayBuffer().then(buf => { let s = '';"
                    + " new Uint8Array(buf).forEach(x => s += String.fromCharCode(x));"
                    + " done([r.status, r.headers.get('content-type') || '', btoa(s)]); }))"
                    + ".catch(e => done([0, 'ERROR ' + e, '']));",
                path);
    java.util.List<?> parts = (java.util.List<?>) result;
    return new Fetched(
        ((Number) parts.get(0)).intValue(),
        parts.get(1).toString(),
        java.util.Base64.getDecoder().decode(parts.get(2).toString()));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
