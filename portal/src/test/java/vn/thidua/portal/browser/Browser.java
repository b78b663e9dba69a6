package vn.thidua.portal.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.thidua.portal.TestStack;

/**
 * Debian's headless Chromium and chromedriver for the browser tests, at phone width (375 px), and
 * where the running test stack is. Selenium Manager is never asked: both executables are given, so
 * nothing is downloaded. A portal that does not answer fails the test, never skips it.
 */
final class Browser {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  static String portalUrl() {
    return setting("PORTAL_URL", "http://127.0.0.1:18080");
  }

  static String strapiUrl() {
    return setting("STRAPI_URL", "http://127.0.0.1:11337");
  }

  static ChromeDriver start() {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=375,800",
        "--lang=vi");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * Fails unless the portal serves its home page. (Not its health: that is DOWN whenever one of its
   * dependencies is, and what the pages show then is what the tests check.)
   */
  static void requirePortal() {
    String url = portalUrl() + "/";
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(5))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                  HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new AssertionError("The portal answers " + response.statusCode() + " at " + url);
      }
    } catch (IOException e) {
      throw new AssertionError(
          "The portal does not answer at " + url + " (start the test stack: infra/stack up)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The whole page at phone width (375 px), not only the part in the window. */
  static void screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
      driver.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width",
              375,
              "height",
              Math.min(8000, height.intValue()),
              "deviceScaleFactor",
              1,
              "mobile",
              true));
      File shot = driver.getScreenshotAs(OutputType.FILE);
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A secret of the test stack (its generated {@code secrets.env}). */
  static String secret(String name) {
    return TestStack.secret(name);
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? fallback : value;
  }
}
