package vn.thidua.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.portal.TestStack;
import vn.thidua.portal.workspace.Browser;

/**
 * What a reader sees, in headless Chromium at phone width, on the running test stack with its
 * seeded content. Each page's screenshot is saved to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesIT {

  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void start() {
    Browser.requirePortal();
    driver = Browser.phone();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private String open(String path, String expectedText) {
    driver.get(Browser.portalUrl() + "/" + path);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), expectedText));
    return driver.findElement(By.tagName("main")).getText();
  }

  @Test
  void every_public_page_renders_the_seeded_content() {
    record Page(String path, String name, String text, String title) {}
    List<Page> pages =
        List.of(
            new Page("", "home", "Hạn gửi báo cáo năm", "Trang chủ"),
            new Page("ke-hoach", "plan", "Thi đua chuyển đổi xanh", "Kế hoạch"),
            new Page("tin-bai", "stories", "Thôn Bắc Sơn xử lý 62 phản ánh", "Tin bài"),
            new Page(
                "tin-bai/thon-bac-son-nhom-zalo-nhan-phan-anh",
                "story",
                "nhóm Zalo",
                "Thôn Bắc Sơn"),
            new Page("sang-kien", "initiatives", "sáng kiến", "Sáng kiến"),
            new Page("khen-thuong", "honours", "Hợp tác xã Nông nghiệp Đông Sơn", "Khen thưởng"),
            new Page("tien-do", "progress", "Báo cáo đã nhận theo năm", "Tiến độ"),
            new Page(
                "dia-chi-khong-co", "not-found", "Không tìm thấy trang này", "Không tìm thấy"));
    for (Page page : pages) {
      open(page.path(), page.text());
      wait.until(d -> d.getTitle().contains(page.title()));
      Browser.screenshot(driver, page.name());
    }
    // The plan: its five content areas, the criteria per kind of unit and the files to download.
    String plan = open("ke-hoach", "Thi đua chuyển đổi xanh");
    assertThat(driver.findElements(By.cssSelector(".portal-areas > li"))).hasSize(5);
    assertThat(plan).contains("Doanh nghiệp", "Cá nhân", "Giai đoạn 2", "Bằng khen của Thủ tướng");
    assertThat(driver.findElements(By.cssSelector(".portal-downloads a[href*='/tep/ke-hoach/']")))
        .isNotEmpty();
    // Honours: a proposal is not a decision and is never shown.
    String honours = open("khen-thuong", "Hợp tác xã Nông nghiệp Đông Sơn");
    assertThat(honours).contains("15/QĐ-UBND", "29/11/2026").doesNotContain("Trạm Y tế xã Đại Sơn");
    // Progress: each chart is an accessible image beside a table of its figures.
    open("tien-do", "Báo cáo đã nhận theo năm");
    assertThat(driver.findElements(By.cssSelector("svg[role='img'] title"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("table.portal-table"))).hasSize(3);
  }

  @Test
  void a_query_typed_without_diacritics_shows_the_expected_report_with_its_highlight()
      throws Exception {
    String url =
        Browser.portalUrl()
            + "/tim-kiem?q="
            + URLEncoder.encode("cam bien do do man", StandardCharsets.UTF_8);
    // A fresh stack indexes (and OCRs) the seeded reports after it starts: ask again until the
    // reports are in, for a few minutes at most.
    long until = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    boolean found = false;
    while (!found && System.nanoTime() < until) {
      driver.get(url);
      try {
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .until(
                d -> {
                  String text = d.findElement(By.tagName("main")).getText();
                  return text.contains("r01-006") || text.contains("r01-012");
                });
        found = true;
      } catch (org.openqa.selenium.TimeoutException e) {
        // not indexed yet
      }
    }
    assertThat(found).as("r01-006 or r01-012 found for 'cam bien do do man'").isTrue();
    List<WebElement> marks = driver.findElements(By.cssSelector(".portal-hit mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.getFirst().getText().toLowerCase()).containsAnyOf("cảm", "biến", "mặn", "đo");
    assertThat(driver.findElement(By.tagName("main")).getText()).containsPattern("trang \\d+");
    Browser.screenshot(driver, "search");

    // The hit leads to the evidence: the report's file, opened at the page that holds the words
    // when the file has pages (a PDF), the file alone otherwise (a DOCX).
    List<WebElement> files =
        driver.findElements(By.cssSelector(".portal-hit-file a")).stream()
            .filter(a -> a.getText().contains("r01-006") || a.getText().contains("r01-012"))
            .toList();
    assertThat(files).as("links to the files of the hits").isNotEmpty();
    for (WebElement link : files) {
      Matcher page = Pattern.compile("trang (\\d+)").matcher(link.getText());
      String linkHref = link.getAttribute("href");
      assertThat(linkHref).contains("/tep/bao-cao/");
      if (page.find()) {
        assertThat(linkHref).endsWith("#page=" + page.group(1));
      } else {
        assertThat(linkHref).doesNotContain("#page=");
      }
    }
    String href = files.getFirst().getAttribute("href");
    HttpResponse<byte[]> evidence =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href.replaceFirst("#.*", ""))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(evidence.statusCode()).isEqualTo(200);
    assertThat(evidence.body().length).isGreaterThan(1_000);
    assertThat(evidence.headers().firstValue("Content-Disposition").orElse("")).contains("r01-0");
  }

  @Test
  void a_story_with_a_script_payload_does_not_run_it() throws Exception {
    String token = TestStack.secret("STRAPI_PORTAL_TOKEN");
    String slug = "it-xss-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "Đoạn an toàn.\\n\\n<script>window.__xss = 1; alert('xss')</script>\\n\\n"
            + "<img src=x onerror=\\\"window.__xss = 2; alert('img')\\\">\\n\\n"
            + "[bấm](javascript:alert('link'))";
    String json =
        """
        {"data":{"title":"Bài thử mã độc %s","slug":"%s","summary":"Thử","body":"%s",\
        "publishedDate":"2026-11-20"}}"""
            .formatted(slug, slug, body);
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(Browser.strapiUrl() + "/api/stories"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
    Matcher id = Pattern.compile("\"documentId\":\"([^\"]+)\"").matcher(created.body());
    assertThat(id.find()).isTrue();
    try {
      open("tin-bai/" + slug, "Đoạn an toàn.");
      Browser.screenshot(driver, "story-script-payload");
      assertThatThrownBy(() -> driver.switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
      assertThat(driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
      assertThat(driver.findElements(By.cssSelector("main script"))).isEmpty();
      assertThat(driver.findElements(By.cssSelector("main [onerror]"))).isEmpty();
    } finally {
      http.send(
          HttpRequest.newBuilder(URI.create(Browser.strapiUrl() + "/api/stories/" + id.group(1)))
              // Staff delete a story in Strapi's admin; the tests' own token stands in.
              .header("Authorization", "Bearer " + TestStack.secret("STRAPI_TESTS_TOKEN"))
              .DELETE()
              .build(),
          HttpResponse.BodyHandlers.discarding());
    }
  }

  @Test
  void the_english_switch_changes_the_texts() {
    driver.manage().deleteAllCookies();
    open("", "Hạn gửi báo cáo năm");
    tool("English");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Reports due in"));
    assertThat(driver.findElement(By.tagName("nav")).getAttribute("textContent")).contains("Home");
    Browser.screenshot(driver, "home-english");
    open("tien-do", "Reports received by year and kind of unit");
    tool("Tiếng Việt");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Báo cáo đã nhận"));
  }

  /**
   * Clicks a header tool as a phone reader does: the tools sit behind the menu button at 375 px.
   */
  private void tool(String label) {
    List<WebElement> menu = driver.findElements(By.id("portal-menu-button"));
    if (!menu.isEmpty()
        && menu.getFirst().isDisplayed()
        && !"true".equals(menu.getFirst().getAttribute("aria-expanded"))) {
      menu.getFirst().click();
    }
    By button = By.xpath("//vaadin-button[normalize-space(.)='" + label + "']");
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
  }
}
