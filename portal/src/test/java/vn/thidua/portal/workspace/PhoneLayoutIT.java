package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;
import vn.thidua.portal.browser.Axe;

/**
 * The portal on a phone (375 px wide), public and signed in, for each role: the header and the menu
 * fold behind a menu button a keyboard and a screen reader can use, so the page's content starts in
 * the first screen; no page scrolls sideways ({@code document.scrollingElement.scrollWidth} within
 * {@code innerWidth}: a staff grid or table scrolls inside its own box, or becomes cards); no
 * visible text is cut off (past the window's edge, or by a box that hides its overflow, as an
 * ellipsis or a label cut short would), except inside a box that scrolls by design; every signed-in
 * page passes the axe-core WCAG 2.1 AA audit. Each page's screenshot goes to {@code
 * target/screenshots/phone-*.png}. All pages of a role are checked before the test fails, so one
 * run names every page at fault.
 *
 * <p>One browser serves every test (a Chromium start is the dearest step on a loaded machine): each
 * test starts signed out at phone width, and each role signs in once for all its pages.
 */
class PhoneLayoutIT {

  private static final int PHONE = 375;

  private static Browser b;

  @BeforeAll
  static void openBrowser() throws Exception {
    b = new Browser();
    // A page of the portal, so that signing out (deleting its cookies) has a site to act on.
    b.open("");
  }

  @AfterAll
  static void closeBrowser() {
    if (b != null) {
      b.close();
    }
  }

  /** Signed out, at phone width, whatever the test before left. */
  @BeforeEach
  void signedOutOnAPhone() {
    b.signOut();
    b.phone(PHONE);
  }

  /** The public pages, with a text each shows once loaded. */
  private static final Map<String, String> PUBLIC = new LinkedHashMap<>();

  static {
    PUBLIC.put("", "Hạn gửi báo cáo năm");
    PUBLIC.put("ke-hoach", "Thi đua chuyển đổi xanh");
    PUBLIC.put("tin-bai", "Thôn Bắc Sơn");
    PUBLIC.put("tin-bai/thon-bac-son-nhom-zalo-nhan-phan-anh", "nhóm Zalo");
    PUBLIC.put("sang-kien", "sáng kiến");
    // An initiative's page, reached from the catalogue (its slug comes from the seed).
    PUBLIC.put("first:sang-kien/", "sáng kiến");
    PUBLIC.put("khen-thuong", "Hợp tác xã Nông nghiệp Đông Sơn");
    // A unit's record, reached from the honours page.
    PUBLIC.put("first:ho-so/", "Hồ sơ thành tích");
    PUBLIC.put("tien-do", "Báo cáo đã nhận theo năm");
    PUBLIC.put("tim-kiem?q=chuyen+doi+so", "Kết quả");
    PUBLIC.put("dang-nhap", "Đăng nhập");
  }

  @Test
  void on_a_phone_the_menu_folds_behind_a_button_that_keyboard_and_screen_reader_can_use()
      throws Exception {
    b.open("");
    waitForText(b, "Hạn gửi báo cáo năm");
    WebElement button = b.driver.findElement(By.id("portal-menu-button"));
    assertThat(button.isDisplayed()).as("the menu button shows on a phone").isTrue();
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
    assertThat(button.getAttribute("aria-controls")).contains("portal-nav");
    assertThat(b.driver.findElement(By.id("portal-nav")).isDisplayed()).isFalse();
    assertThat(b.driver.findElement(By.id("portal-search")).isDisplayed()).isFalse();
    assertThat(contentTop(b))
        .as("the page's content starts in the upper quarter of the first screen")
        .isLessThan(812 / 4);

    // Keyboard only: skip link, the movement's name, then the menu button; Enter opens it.
    Actions keys = new Actions(b.driver);
    keys.sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).perform();
    assertThat(b.driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("portal-menu-button");
    keys.sendKeys(Keys.ENTER).perform();
    b.waitForVaadin();
    assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(b.driver.findElement(By.id("portal-nav")).isDisplayed()).isTrue();
    // The next Tab goes into the menu it opened: the search box first.
    keys.sendKeys(Keys.TAB).perform();
    assertThat(b.driver.switchTo().activeElement().getAttribute("name")).isEqualTo("q");
    // Escape closes it and gives the focus back to the button.
    keys.sendKeys(Keys.ESCAPE).perform();
    b.waitForVaadin();
    Browser.until(
        Duration.ofSeconds(10), () -> "false".equals(button.getAttribute("aria-expanded")));
    assertThat(b.driver.findElement(By.id("portal-nav")).isDisplayed()).isFalse();
    assertThat(b.driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("portal-menu-button");

    // A link of the menu takes the reader there, and the menu is closed on the new page.
    button.click();
    b.waitForVaadin();
    b.driver.findElement(By.cssSelector("#portal-nav a[href='ke-hoach']")).click();
    Browser.until(Duration.ofSeconds(20), () -> b.driver.getCurrentUrl().endsWith("ke-hoach"));
    b.waitForVaadin();
    assertThat(b.driver.findElement(By.id("portal-menu-button")).getAttribute("aria-expanded"))
        .isEqualTo("false");
    assertThat(b.driver.findElement(By.id("portal-nav")).isDisplayed()).isFalse();

    // On a wide screen there is no button, and the menu shows.
    b.desktop();
    b.open("");
    assertThat(b.driver.findElement(By.id("portal-menu-button")).isDisplayed()).isFalse();
    assertThat(b.driver.findElement(By.id("portal-nav")).isDisplayed()).isTrue();
  }

  @Test
  void no_public_page_scrolls_sideways_on_a_phone() throws Exception {
    List<String> faults = new ArrayList<>();
    for (Map.Entry<String, String> page : PUBLIC.entrySet()) {
      String path = page.getKey();
      if (path.startsWith("first:")) {
        Object href = firstLink(path.substring("first:".length()));
        if (href == null) {
          faults.add("no link to " + path + "… on the page before");
          continue;
        }
        path = href.toString().replaceFirst("^/", "");
      }
      b.open(path);
      waitForText(b, page.getValue());
      checkLayout(b, path, faults);
      b.screenshot("phone-public-" + (path.isEmpty() ? "home" : slug(page.getKey())));
    }
    assertThat(faults).isEmpty();
  }

  @Test
  void a_units_pages_fit_a_phone_and_pass_the_audit() throws Exception {
    signedInPages(
        "donvi.tramyte",
        "DEMO_PASSWORD_UNIT",
        List.of(
            "lam-viec/don-vi",
            "lam-viec/don-vi/sang-kien",
            "lam-viec/don-vi/dang-ky-thi-dua",
            "lam-viec/don-vi/thong-bao"));
  }

  @Test
  void the_reviewers_pages_fit_a_phone_and_pass_the_audit() throws Exception {
    signedInPages(
        "thamdinh",
        "DEMO_PASSWORD_REVIEWER",
        List.of(
            "lam-viec/tham-dinh",
            "first:lam-viec/tham-dinh/",
            "lam-viec/sang-kien",
            "lam-viec/sang-kien/" + publishedInitiative(),
            "lam-viec/cham-diem",
            "lam-viec/xep-hang",
            "lam-viec/so-lieu",
            "lam-viec/hop-thu-di",
            "lam-viec/ho-so"));
  }

  @Test
  void the_economy_offices_pages_fit_a_phone_and_pass_the_audit() throws Exception {
    signedInPages(
        "kinhte", "DEMO_PASSWORD_ECONOMY", List.of("lam-viec/cham-diem", "lam-viec/xep-hang"));
  }

  @Test
  void the_editors_pages_fit_a_phone_and_pass_the_audit() throws Exception {
    signedInPages("bientap", "DEMO_PASSWORD_EDITOR", List.of("lam-viec/bien-tap"));
  }

  @Test
  void the_councils_pages_fit_a_phone_and_pass_the_audit() throws Exception {
    signedInPages(
        "hoidong",
        "DEMO_PASSWORD_COUNCIL",
        List.of("lam-viec/hoi-dong", "lam-viec/hoi-dong/binh-xet", "lam-viec/xep-hang"));
  }

  @Test
  void the_administrators_pages_fit_a_phone_and_pass_the_audit() throws Exception {
    signedInPages(
        "quantri",
        "DEMO_PASSWORD_ADMIN",
        List.of("lam-viec", "lam-viec/tham-dinh", "lam-viec/sang-kien", "lam-viec/so-lieu"));
  }

  /**
   * Signs in, then opens each page at phone width: no sideways scroll, the content starting in the
   * first screen, no axe violation. {@code first:<prefix>} opens the first link on the page shown
   * before whose address starts with the prefix (a report of the seed).
   */
  private static void signedInPages(String user, String password, List<String> pages)
      throws Exception {
    b.signIn(user, password);
    List<String> faults = new ArrayList<>();
    for (String page : pages) {
      String path = page;
      if (page.startsWith("first:")) {
        String prefix = page.substring("first:".length());
        Object href = firstLink(prefix);
        if (href == null) {
          faults.add(user + ": no link to " + prefix + "… on the page before");
          continue;
        }
        path = href.toString().replaceFirst("^/", "");
      }
      b.open(path);
      b.waitForVaadin();
      assertThat(b.driver.getCurrentUrl()).as("%s opens %s", user, path).contains(path);
      String label = user + " /" + path;
      checkLayout(b, label, faults);
      List<String> violations = Axe.violations(b.driver);
      if (!violations.isEmpty()) {
        faults.add(label + ": axe-core WCAG 2.1 AA\n  " + String.join("\n  ", violations));
      }
      b.screenshot("phone-" + user + "-" + slug(page.replace("first:", "")));
    }
    assertThat(faults).as("pages of %s at %d px", user, PHONE).isEmpty();
  }

  /** The address of the first link in the page's content that starts with {@code prefix}. */
  private static Object firstLink(String prefix) {
    return b.js(
        "const a = Array.from(document.querySelectorAll('main a'))"
            + ".find(a => (a.getAttribute('href') || '').replace(/^\\//, '').startsWith(arguments[0]));"
            + " return a ? a.getAttribute('href') : null;",
        prefix);
  }

  /** The documentId of a published initiative of the seed, as the public API lists them. */
  private static String publishedInitiative() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        TestStack.strapiUrl()
                            .resolve(
                                "/api/initiatives?fields%5B0%5D=title&pagination%5BpageSize%5D=1"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("Strapi lists published initiatives").isEqualTo(200);
    return JsonMapper.builder()
        .build()
        .readTree(r.body())
        .path("data")
        .path(0)
        .path("documentId")
        .asString();
  }

  /**
   * The grids staff use most, which show one card per row on a phone (GridCards) rather than
   * columns to scroll through sideways: the unit's files, the compliance board, the initiatives to
   * review and the unit's own, the outbox, the editor's lists.
   */
  private static final List<String> CARD_GRIDS =
      List.of(
          "report-files",
          "compliance-board",
          "initiative-review-list",
          "my-initiatives",
          "outbox",
          "story-drafts",
          "editor-initiatives",
          "editor-reports");

  /** The card grids of the page that still scroll sideways inside themselves. */
  private static List<String> gridsScrollingSideways(Browser b) {
    Object ids =
        b.js(
            "return Array.from(document.querySelectorAll('vaadin-grid'))"
                + ".filter(g => arguments[0].includes(g.id) && g.checkVisibility())"
                + ".filter(g => { const t = g.shadowRoot && g.shadowRoot.querySelector('#table');"
                + " return t && t.scrollWidth > t.clientWidth + 1; }).map(g => g.id);",
            CARD_GRIDS);
    return ((List<?>) ids).stream().map(String::valueOf).toList();
  }

  private static void checkLayout(Browser b, String label, List<String> faults) {
    try {
      // The grid turns to cards once the browser has told the server its width.
      Browser.until(Duration.ofSeconds(10), () -> gridsScrollingSideways(b).isEmpty());
    } catch (AssertionError e) {
      faults.add(
          label
              + ": a staff grid scrolls sideways instead of showing cards: "
              + gridsScrollingSideways(b));
    }
    String overflow = b.horizontalOverflow();
    if (!overflow.isEmpty()) {
      faults.add(label + ": scrolls sideways, " + overflow);
    }
    List<String> clipped = b.clippedTexts();
    if (!clipped.isEmpty()) {
      faults.add(label + ": text cut off\n  " + String.join("\n  ", clipped));
    }
    double top = contentTop(b);
    if (top >= 812 / 4) {
      faults.add(label + ": the content starts " + Math.round(top) + " px down the first screen");
    }
  }

  /** Where {@code <main>} starts, from the top of the window. */
  private static double contentTop(Browser b) {
    return ((Number) b.js("return document.getElementById('main').getBoundingClientRect().top;"))
        .doubleValue();
  }

  private static void waitForText(Browser b, String text) {
    try {
      Browser.until(Duration.ofSeconds(30), () -> b.bodyText().contains(text));
    } catch (AssertionError e) {
      throw new AssertionError(
          b.driver.getCurrentUrl() + " never showed '" + text + "': " + b.bodyText(), e);
    }
  }

  private static String slug(String path) {
    String s = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "start" : s;
  }
}
