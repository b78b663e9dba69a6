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

  /** Gives a file to a vaadin-upload, as a person choosing it in the file dialog. */
  void upload(String uploadId, Path file) {
    WebElement input =
        (WebElement)
            js(
                "const u = document.getElementById(arguments[0]);"
                    + " return u.querySelector('input[type=file]') ||"
                    + " (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                uploadId);
    input.sendKeys(file.toAbsolutePath().toString());
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

  @Override
  public void close() {
    driver.quit();
  }
}
