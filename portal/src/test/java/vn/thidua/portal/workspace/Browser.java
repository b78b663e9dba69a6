package vn.thidua.portal.workspace;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.portal.TestStack;

/**
 * Headless Chromium on the running portal, with Debian's chromium and chromedriver given explicitly
 * (Selenium Manager never downloads anything), the stack's demo accounts, and the page actions the
 * browser tests share. The one browser helper of the portal's ITs: the public-page audits use its
 * static part ({@link #phone()}, {@link #screenshot}), the journeys an instance.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The browsers open now, photographed when a wait times out. */
  private static final Set<Browser> OPEN = ConcurrentHashMap.newKeySet();

  public final WebDriver driver;
  public final String base;

  public Browser() throws IOException {
    this.base = portalUrl();
    requireUp(base);
    this.driver = chrome(1280, 900);
    OPEN.add(this);
  }

  /** Where the test stack's portal answers ({@code portal.url} or {@code PORTAL_URL}). */
  public static String portalUrl() {
    return System.getProperty("portal.url", TestStack.portalUrl().toString());
  }

  public static String strapiUrl() {
    return TestStack.strapiUrl().toString();
  }

  /** A bare driver at phone width (375 px), for the public pages' audits. */
  public static ChromeDriver phone() {
    return chrome(375, 800);
  }

  private static ChromeDriver chrome(int width, int height) {
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
        "--window-size=" + width + "," + height,
        "--lang=vi");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /**
   * Fails unless the portal serves its home page. (Not its health: that is DOWN whenever one of its
   * dependencies is, and what the pages show then is what the outage tests check.)
   */
  public static void requirePortal() {
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
  public static void screenshot(ChromeDriver driver, String name) {
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

  public String secret(String name) {
    return TestStack.secret(name);
  }

  public void open(String path) {
    driver.get(base + "/" + path);
    waitForVaadin();
  }

  /** Signs in through the login page, as a person would. */
  public void signIn(String username, String passwordSecret) {
    driver.manage().deleteAllCookies();
    open("dang-nhap");
    until(
        Duration.ofSeconds(30),
        () -> !driver.findElements(By.cssSelector("input[name=username]")).isEmpty());
    WebElement user = driver.findElement(By.cssSelector("input[name=username]"));
    user.sendKeys(username);
    WebElement password = driver.findElement(By.cssSelector("input[name=password]"));
    password.sendKeys(secret(passwordSecret));
    password.sendKeys(Keys.ENTER);
    until(Duration.ofSeconds(30), () -> driver.getCurrentUrl().contains("lam-viec"));
    waitForVaadin();
  }

  public void signOut() {
    driver.manage().deleteAllCookies();
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The text of an element and of the grid cells slotted into it. */
  public String text(String id) {
    Object t =
        js(
            "const e = document.getElementById(arguments[0]); if (!e) return '';"
                + " return e.innerText + ' ' + Array.from(e.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join(' | ');",
            id);
    return t == null ? "" : t.toString();
  }

  /** Only the text of the grid cells inside an element, one cell per " | ". */
  public String cells(String id) {
    Object t =
        js(
            "const e = document.getElementById(arguments[0]); if (!e) return '';"
                + " return Array.from(e.querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join(' | ');",
            id);
    return t == null ? "" : t.toString();
  }

  public String bodyText() {
    Object t =
        js(
            "return document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                + "'vaadin-grid-cell-content')).map(c => c.textContent).join(' | ');");
    return t == null ? "" : t.toString();
  }

  public void waitForVaadin() {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30))
          .until(
              d ->
                  Boolean.TRUE.equals(
                      js(
                          "return document.readyState === 'complete' && (!window.Vaadin ||"
                              + " !window.Vaadin.Flow || !window.Vaadin.Flow.clients ||"
                              + " Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));")));
    } catch (TimeoutException e) {
      throw new AssertionError("The page was still busy after 30 s" + keepOpenPages(), e);
    }
  }

  public static void until(Duration timeout, Supplier<Boolean> condition) {
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
    throw new AssertionError("Timed out after " + timeout + keepOpenPages());
  }

  /**
   * What each open browser shows, kept beside the screenshots (picture and text) so a wait that
   * timed out on a loaded CI machine can be read afterwards; answers where, for the failure
   * message.
   */
  private static String keepOpenPages() {
    StringBuilder where = new StringBuilder();
    for (Browser b : OPEN) {
      String name = "timed-out-" + System.currentTimeMillis() + "-" + b.hashCode();
      try {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.FILE);
        Files.copy(
            shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
            SCREENSHOTS.resolve(name + ".txt"), b.driver.getCurrentUrl() + "\n\n" + b.bodyText());
        where
            .append("; the page then: ")
            .append(SCREENSHOTS.resolve(name + ".png").toAbsolutePath());
      } catch (IOException | RuntimeException e) {
        where.append("; no screenshot (").append(e.getMessage()).append(')');
      }
    }
    return where.toString();
  }

  // --- fields, choices, clicks ---

  /** The input (or text area) inside the field with this id. */
  public WebElement input(String id) {
    WebElement host = driver.findElement(By.id(id));
    List<WebElement> inputs = host.findElements(By.tagName("input"));
    return inputs.isEmpty() ? host.findElement(By.tagName("textarea")) : inputs.getFirst();
  }

  public String value(String id) {
    return input(id).getAttribute("value");
  }

  /** The value of the first input matching a CSS selector. */
  public String valueAt(String css) {
    return driver.findElement(By.cssSelector(css)).getAttribute("value");
  }

  /** Types into a field once it is enabled, then tabs away so the server sees the change. */
  public void type(String id, String text) {
    until(Duration.ofSeconds(10), () -> input(id).isEnabled());
    input(id).sendKeys(text, Keys.TAB);
  }

  /** Types into a text area (Tab would move on before the last line). */
  public void typeArea(String id, String text) {
    until(Duration.ofSeconds(10), () -> input(id).isEnabled());
    input(id).sendKeys(text);
  }

  public void clear(String id) {
    input(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
  }

  /** The options of the open select. */
  public List<WebElement> items() {
    return driver.findElements(By.cssSelector("vaadin-select-item")).stream()
        .filter(WebElement::isDisplayed)
        // The select shows its chosen item in its value button as a copy: not an option.
        .filter(e -> !String.valueOf(e.getAttribute("id")).startsWith("value-"))
        .toList();
  }

  /** Opens a select and chooses the option whose text starts with {@code item}. */
  public void choose(String id, String item) {
    driver.findElement(By.id(id)).click();
    until(
        Duration.ofSeconds(10),
        () -> items().stream().anyMatch(e -> e.getText().strip().startsWith(item)));
    items().stream()
        .filter(e -> e.getText().strip().startsWith(item))
        .findFirst()
        .orElseThrow()
        .click();
    waitForVaadin();
  }

  /** Chooses the first real option (not "Không chọn") and returns its text. */
  public String chooseFirst(String id) {
    driver.findElement(By.id(id)).click();
    until(
        Duration.ofSeconds(10),
        () -> items().stream().anyMatch(e -> !e.getText().strip().equals("Không chọn")));
    WebElement first =
        items().stream()
            .filter(e -> !e.getText().isBlank() && !e.getText().strip().equals("Không chọn"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing to choose in " + id));
    String text = first.getText().strip();
    first.click();
    waitForVaadin();
    return text;
  }

  /**
   * Picks the first item of a combo box (after typing {@code filter}) with the keyboard, once its
   * list is open and loaded, then tabs away, which closes the list (Escape would clear a single
   * combo box).
   */
  public void pick(String id, String filter) {
    WebElement box = driver.findElement(By.id(id));
    WebElement field = box.findElement(By.cssSelector("input"));
    js("arguments[0].focus();", field);
    field.sendKeys(filter.isEmpty() ? Keys.ARROW_DOWN : filter);
    // Open, and done asking the server for its items.
    until(
        Duration.ofSeconds(20),
        () -> box.getDomAttribute("opened") != null && box.getDomAttribute("loading") == null);
    waitForVaadin();
    field.sendKeys(Keys.ARROW_DOWN);
    field.sendKeys(Keys.ENTER);
    field.sendKeys(Keys.TAB);
    until(Duration.ofSeconds(10), () -> box.getDomAttribute("opened") == null);
    waitForVaadin();
  }

  public void click(String id) {
    press(driver.findElement(By.id(id)));
  }

  /**
   * Clicks as the element's own click handler sees it: a pointer click can land on an overlay that
   * is closing (a combo box's list, a dialog) instead.
   */
  public void press(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    waitForVaadin();
  }

  /** Gives a file to the upload with this id, as choosing it in the file dialog would. */
  public void upload(String uploadId, Path file) {
    WebElement field =
        (WebElement)
            js(
                "const u = document.getElementById(arguments[0]);"
                    + " return u.querySelector('input[type=file]') ||"
                    + " (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                uploadId);
    field.sendKeys(file.toAbsolutePath().toString());
  }

  /** The href of the first link under {@code css} whose text is {@code text}. */
  public String hrefOf(String css, String text) {
    Object href =
        js(
            "const a = Array.from(document.querySelectorAll(arguments[0]))"
                + ".find(a => a.textContent.trim() === arguments[1]);"
                + " return a ? a.getAttribute('href') : null;",
            css,
            text);
    if (href == null) {
      throw new AssertionError("no link '" + text + "' under " + css);
    }
    return href.toString();
  }

  // --- fetched in the page's session, as the browser would ---

  /** The bytes behind the link with this id. */
  public byte[] downloadLink(String id) {
    until(Duration.ofSeconds(30), () -> !driver.findElements(By.id(id)).isEmpty());
    return download(String.valueOf(js("return document.getElementById(arguments[0]).href;", id)));
  }

  /** The bytes at a same-origin address. */
  public byte[] download(String href) {
    Object base64 =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(buf => {"
                    + " let s = ''; const a = new Uint8Array(buf);"
                    + " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                    + " done(btoa(s)); }).catch(e => done('ERROR ' + e));",
                href);
    if (String.valueOf(base64).startsWith("ERROR")) {
      throw new AssertionError("Downloading " + href + " failed: " + base64);
    }
    return Base64.getDecoder().decode(base64.toString());
  }

  /** The status and content type of a same-origin address. */
  public String fetchType(String path) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => done(r.status + ' '"
                    + " + (r.headers.get('content-type') || ''))).catch(e => done('failed ' + e));",
                path);
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
   * The visible texts a reader cannot read whole: a text whose box reaches past the window's edge,
   * or past the edge of a box that hides its overflow (an ellipsis "Hợp tá…", a label cut short),
   * with the text, the element and by how much. A text inside a box that scrolls by design (a
   * grid's body, a table's {@code portal-table-box}) is not cut: it is there when scrolled to.
   * Walks shadow roots too (a button's or a field's label sits in its component's shadow part) and
   * skips the visually hidden texts kept for screen readers.
   */
  List<String> clippedTexts() {
    Object o =
        js(
            """
            const W = window.innerWidth, out = [];
            const parentOf = n => n.assignedSlot
                || (n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentElement);
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/)[0] : '');
            const check = (text, el) => {
              if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) return;
              const range = document.createRange(); range.selectNodeContents(text);
              const t = range.getBoundingClientRect();
              if (t.width < 1 || t.height < 1) return;
              let doneX = false, doneY = false, cut = '';
              for (let a = el; a && !(doneX && doneY); a = parentOf(a)) {
                if (!(a instanceof Element)) continue;
                const s = getComputedStyle(a), r = a.getBoundingClientRect();
                // Visually hidden for screen readers (1 px, clipped): not meant to be seen.
                if (r.width <= 2 && r.height <= 2) return;
                if (s.clipPath && s.clipPath.startsWith('inset(50%')) return;
                for (const [axis, lo, hi] of [['x', 'left', 'right'], ['y', 'top', 'bottom']]) {
                  if (axis === 'x' ? doneX : doneY) continue;
                  const ov = axis === 'x' ? s.overflowX : s.overflowY;
                  if (ov === 'auto' || ov === 'scroll') {
                    if (axis === 'x') doneX = true; else doneY = true;
                  } else if (ov === 'hidden' || ov === 'clip') {
                    const by = Math.max(t[hi] - r[hi], r[lo] - t[lo]);
                    if (by > 1.5) {
                      cut = 'cut ' + Math.round(by) + ' px by ' + name(a) + (axis === 'x' ? ' (width)' : ' (height)');
                      doneX = doneY = true;
                    }
                  }
                }
              }
              if (!cut && !doneX && (t.right > W + 1 || t.left < -1)) {
                cut = 'past the window\\'s edge (right edge ' + Math.round(t.right) + ')';
              }
              if (cut) out.push('"' + text.textContent.trim().slice(0, 40) + '" in ' + name(el) + ': ' + cut);
            };
            const walk = root => {
              const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              for (let n = w.nextNode(); n; n = w.nextNode()) {
                if (n.nodeType === Node.TEXT_NODE) {
                  const el = n.parentElement;
                  if (n.textContent.trim() && el && !el.closest('script, style, template, noscript, title')) check(n, el);
                } else if (n.shadowRoot) {
                  walk(n.shadowRoot);
                }
              }
            };
            walk(document.body);
            // The same cut in every row of a list is one fault, counted.
            const counts = new Map();
            out.forEach(x => counts.set(x, (counts.get(x) || 0) + 1));
            return [...counts].slice(0, 30).map(([x, n]) => n > 1 ? x + ' (' + n + ' times)' : x);
            """);
    if (o == null) {
      return List.of();
    }
    return ((List<?>) o).stream().map(String::valueOf).toList();
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
    OPEN.remove(this);
    driver.quit();
  }
}
