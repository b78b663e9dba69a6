package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/**
 * The staff side on the running stack, in a browser: the reviewer works through an initiative a
 * unit registered (verify, return with a comment the unit reads, recognise, publish, take down),
 * the editor starts exemplar stories from passages of an accepted report that lead a public reader
 * back to the evidence, and the compliance board of another year with its reminder spreadsheet.
 */
class StaffWorkspaceIT {

  private static final Path CORPUS =
      Path.of(System.getProperty("repo.root", ".."), "..", "shared", "corpus", "reports")
          .normalize();
  private static final String HTX = "Hợp tác xã Nông nghiệp Đông Sơn";

  private static Path corpus(String name) {
    Path p = CORPUS.resolve(name);
    return Files.exists(p) ? p : Path.of("/work/shared/corpus/reports", name);
  }

  @Test
  void a_reviewer_verifies_returns_recognises_publishes_and_takes_down_a_units_initiative()
      throws Exception {
    String title = "Sổ theo dõi tưới tiêu điện tử " + System.currentTimeMillis();
    String comment = "Bổ sung ảnh chụp sổ theo dõi tại xưởng";
    try (Browser b = new Browser()) {
      // 1. The unit registers an initiative meeting a criterion, sends evidence, assesses it.
      b.signIn("donvi.htxdongson", "DEMO_PASSWORD_UNIT");
      b.open("lam-viec/don-vi/sang-kien");
      b.driver.findElement(By.cssSelector("#initiative-title input")).sendKeys(title, Keys.TAB);
      WebElement criteria = b.driver.findElement(By.cssSelector("#initiative-criteria input"));
      criteria.click();
      criteria.sendKeys(Keys.ARROW_DOWN);
      criteria.sendKeys(Keys.ENTER);
      criteria.sendKeys(Keys.ESCAPE);
      b.waitForVaadin();
      click(b, "initiative-register");
      Browser.until(Duration.ofSeconds(30), () -> b.text("my-initiative").contains(title));
      upload(b, "evidence-upload", corpus("r01-009.pdf"));
      Browser.until(
          Duration.ofSeconds(60), () -> b.text("initiative-messages").contains("r01-009.pdf"));
      assertThat(b.text("initiative-messages")).contains("Đã nhận tệp r01-009.pdf");
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector("#my-initiative .assessment-row")).isEmpty());
      b.driver
          .findElement(By.cssSelector("#my-initiative .assessment-row vaadin-number-field input"))
          .sendKeys("8", Keys.TAB);
      b.driver
          .findElement(By.cssSelector("#my-initiative .assessment-row vaadin-text-field input"))
          .sendKeys("Sổ điện tử dùng tại xưởng từ tháng 3", Keys.TAB);
      b.driver
          .findElement(By.cssSelector("#my-initiative .assessment-row vaadin-integer-field input"))
          .sendKeys("1", Keys.TAB);
      click(b, "assessment-save");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-messages").contains("tự đánh giá"));

      // 2. The reviewer finds it among the registered initiatives, with evidence and assessment.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      press(b, b.driver.findElement(By.id("initiatives-review-link")));
      Browser.until(
          Duration.ofSeconds(30), () -> b.cells("initiative-review-list").contains(title));
      String review = hrefOf(b, "#initiative-review-list a", title);
      assertThat(review).startsWith("lam-viec/sang-kien/");
      b.open(review);
      assertThat(b.text("initiative-review-details")).contains(HTX).contains("Đã đăng ký");
      assertThat(b.text("initiative-evidence")).contains("r01-009.pdf");
      assertThat(b.cells("initiative-self-assessment"))
          .contains("8")
          .contains("Sổ điện tử dùng tại xưởng từ tháng 3");
      assertThat(b.text("initiative-public-state")).contains("Chưa đăng");

      // 3. Returning it needs a comment: without one nothing changes.
      click(b, "initiative-return");
      assertThat(b.driver.findElement(By.id("initiative-review-comment")).getAttribute("invalid"))
          .isNotNull();
      assertThat(b.text("initiative-review-status")).contains("Đã đăng ký");

      // 4. Verified, then returned with a comment: back to registered.
      click(b, "initiative-verify");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-status").contains("Đã xác minh"));
      b.driver
          .findElement(By.cssSelector("#initiative-review-comment textarea"))
          .sendKeys(comment, Keys.TAB);
      click(b, "initiative-return");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-status").contains("Đã đăng ký"));

      // 5. The unit reads why.
      b.signIn("donvi.htxdongson", "DEMO_PASSWORD_UNIT");
      b.open("lam-viec/don-vi/sang-kien");
      Browser.until(Duration.ofSeconds(30), () -> b.cells("my-initiatives").contains(title));
      press(
          b,
          b.driver.findElements(By.cssSelector("#my-initiatives vaadin-grid-cell-content")).stream()
              .filter(c -> c.getText().equals(title))
              .findFirst()
              .orElseThrow());
      Browser.until(Duration.ofSeconds(30), () -> b.text("my-initiative-trail").contains(comment));
      assertThat(b.text("my-initiative-trail")).contains("Trả lại");

      // 6. Verified and recognised; it goes on the public catalogue with its status.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open(review);
      click(b, "initiative-verify");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-status").contains("Đã xác minh"));
      click(b, "initiative-recognise");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("initiative-review-status").contains("Được công nhận"));
      click(b, "initiative-publish");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-public-state").contains("Đang đăng"));
      String publicPage = hrefOf(b, "#initiative-review-details a", "Xem trên trang công khai");
      assertThat(publicPage).startsWith("sang-kien/");

      b.signOut();
      b.open(publicPage);
      assertThat(b.bodyText()).contains(title).contains("Được công nhận");

      // 7. Taken down: the public no longer finds it; the trail keeps every step.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open(review);
      click(b, "initiative-unpublish");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-public-state").contains("Chưa đăng"));
      assertThat(b.text("initiative-review-trail"))
          .contains("thamdinh")
          .contains("Xác minh")
          .contains("Trả lại")
          .contains(comment)
          .contains("Công nhận")
          .contains("Đăng công khai")
          .contains("Gỡ công khai");

      b.signOut();
      b.open(publicPage);
      assertThat(b.bodyText()).doesNotContain(title).contains("Không tìm thấy");
    }
  }

  @Test
  void an_editor_writes_stories_from_report_passages_that_lead_readers_to_the_evidence()
      throws Exception {
    String docx = documentIdOf("reports", "number", "156/BC-HTX");
    String pdf = documentIdOf("reports", "number", "200/BC-CTC");
    try (Browser b = new Browser()) {
      // 1. The editor's desk lists the year's accepted reports.
      b.signIn("bientap", "DEMO_PASSWORD_EDITOR");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/bien-tap"));
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              b.cells("editor-reports").contains("156/BC-HTX")
                  && b.cells("editor-reports").contains("200/BC-CTC"));

      // 2. It opens a report: its files, no review decision.
      b.open("lam-viec/tham-dinh/" + docx);
      Browser.until(Duration.ofSeconds(30), () -> b.text("report-files").contains("r01-010.docx"));
      assertThat(b.driver.findElements(By.id("review-accept"))).isEmpty();

      // 3. Words selected in the file's text start a draft quoting exactly them. A DOCX has no
      // pages: the draft names the file only.
      String selected = "Người dân quét mã QR dán tại bộ phận một cửa";
      Browser.until(
          Duration.ofMinutes(4),
          () -> {
            b.open("lam-viec/tham-dinh/" + docx);
            return b.cells("report-files").contains("Đã lập chỉ mục");
          });
      press(
          b,
          b.driver.findElements(By.cssSelector("#report-files vaadin-button")).stream()
              .filter(e -> e.getText().contains("Xem nội dung"))
              .findFirst()
              .orElseThrow());
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector(".report-preview pre")).isEmpty());
      Object found =
          b.js(
              "const pre = Array.from(document.querySelectorAll('.report-preview pre'))"
                  + ".find(p => p.textContent.includes(arguments[0]));"
                  + " if (!pre) return false;"
                  + " const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);"
                  + " let node; while ((node = walker.nextNode())) {"
                  + "   const at = node.textContent.indexOf(arguments[0]);"
                  + "   if (at >= 0) { const r = document.createRange();"
                  + "     r.setStart(node, at); r.setEnd(node, at + arguments[0].length);"
                  + "     const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                  + "     pre.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));"
                  + "     return true; } }"
                  + " return false;",
              selected);
      assertThat(found).as("the text of r01-010.docx holds the passage").isEqualTo(true);
      b.waitForVaadin();
      press(b, b.driver.findElements(By.cssSelector(".story-from-page")).getFirst());
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.getCurrentUrl().contains("lam-viec/bien-tap?tin-bai="));
      b.waitForVaadin();
      assertThat(value(b, "#story-source-excerpt textarea")).isEqualTo(selected);
      assertThat(value(b, "#story-source-file input")).isEqualTo("r01-010.docx");
      assertThat(value(b, "#story-source-page input")).isEmpty();
      assertThat(value(b, "#story-title input")).startsWith(HTX);
      assertThat(b.text("story-source")).contains("156/BC-HTX");

      // 4. In a PDF, a search hit of the report starts another, with its page; it is published.
      b.open("lam-viec/tham-dinh/" + pdf);
      Browser.until(
          Duration.ofMinutes(4),
          () -> {
            WebElement q = b.driver.findElement(By.cssSelector("#evidence-query input"));
            q.clear();
            q.sendKeys("Áp dụng cho 669 hộ chăn nuôi", Keys.ENTER);
            b.waitForVaadin();
            return !b.driver
                .findElements(By.cssSelector("#evidence-hits .story-from-hit"))
                .isEmpty();
          });
      press(b, b.driver.findElements(By.cssSelector("#evidence-hits .story-from-hit")).getFirst());
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.getCurrentUrl().contains("lam-viec/bien-tap?tin-bai="));
      b.waitForVaadin();
      assertThat(value(b, "#story-title input")).startsWith("Công ty Cổ phần May Đại Sơn");
      assertThat(value(b, "#story-source-file input")).isEqualTo("r01-009.pdf");
      String page = value(b, "#story-source-page input");
      assertThat(page).matches("[1-9][0-9]*");
      assertThat(value(b, "#story-source-excerpt textarea")).contains("669");
      assertThat(b.text("story-source")).contains("200/BC-CTC");
      String marker = "Dien hinh May Dai Son " + System.currentTimeMillis();
      b.driver.findElement(By.cssSelector("#story-title input")).sendKeys(" – " + marker, Keys.TAB);
      click(b, "story-publish");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.findElement(By.id("story-public-link")).isDisplayed());
      String story = b.driver.findElement(By.id("story-public-link")).getAttribute("href");

      // 5. A reader of the story sees the file and page, and "find this passage" opens that file
      // at that page with the passage's words searched there (issue 17), not a generic search.
      b.signOut();
      b.driver.get(story);
      b.waitForVaadin();
      assertThat(b.bodyText())
          .contains(marker)
          .contains("tệp r01-009.pdf, trang " + page)
          .contains("669");
      String find = hrefOf(b, "a", "Tìm đoạn này trong báo cáo");
      assertThat(find).startsWith("/tep/bao-cao/").contains(".pdf#page=" + page + "&search=%22");
      java.net.http.HttpResponse<byte[]> file =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(b.base + find.replaceFirst("#.*", "")))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
  }

  @Test
  void the_board_of_2027_shows_reports_sent_in_2027_and_the_reminders_come_as_a_spreadsheet()
      throws Exception {
    try (Browser b = new Browser()) {
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      Browser.until(Duration.ofSeconds(30), () -> b.cells("compliance-board").contains("Thôn Tây"));

      // The reminder list of the year shown, as XLSX, with the units' contacts.
      byte[] xlsx = download(b, "reminder-export");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        Sheet sheet = book.getSheetAt(0);
        DataFormatter f = new DataFormatter();
        assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).contains("năm 2026");
        List<String> units =
            java.util.stream.IntStream.rangeClosed(3, sheet.getLastRowNum())
                .mapToObj(sheet::getRow)
                .map(r -> f.formatCellValue(r.getCell(1)))
                .toList();
        assertThat(units).contains("Thôn Tây").doesNotContain("Trạm Y tế xã Đại Sơn");
        Row header = sheet.getRow(2);
        assertThat(f.formatCellValue(header.getCell(5))).isEqualTo("Thư điện tử");
      }

      // Another year: the seeded 2027 reports were sent in 2027, before that year's deadline.
      b.driver.findElement(By.id("board-year")).click();
      b.driver.findElements(By.cssSelector("vaadin-select-item")).stream()
          .filter(e -> e.getText().strip().equals("2027"))
          .findFirst()
          .orElseThrow()
          .click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.bodyText().contains("Tình hình nộp báo cáo năm 2027"));
      String board = b.cells("compliance-board");
      assertThat(board).contains("/2027").doesNotContain("/2026").contains("Nộp đúng hạn");
    }
  }

  @Test
  void the_council_proposes_an_award_citing_evidence_picked_from_the_units_own() throws Exception {
    try (Browser b = new Browser()) {
      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/hoi-dong"));
      Browser.until(Duration.ofSeconds(30), () -> b.cells("awards").contains(HTX));
      String before = b.cells("awards");
      assertThat(before).as("no annual proposal yet").doesNotContain("Đề nghị");
      click(b, "award-propose");
      pick(b, "award-unit", HTX);
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              b.driver.findElement(By.id("award-initiatives")).getDomAttribute("disabled") == null);
      pick(b, "award-initiatives", "");
      pick(b, "award-reports", "");
      pick(b, "award-form", "");
      click(b, "award-save");
      // The new proposal lists the report of the unit it cites, beside the decided award's.
      Browser.until(Duration.ofSeconds(30), () -> b.cells("awards").contains("Đề nghị"));
      assertThat(occurrences(b.cells("awards"), "/BC-HTX"))
          .isGreaterThan(occurrences(before, "/BC-HTX"));
    }
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /**
   * Picks the first item of a combo box (after typing {@code filter}) with the keyboard, once its
   * list is open and loaded, then tabs away, which closes the list (Escape would clear a single
   * combo box).
   */
  private static void pick(Browser b, String id, String filter) {
    WebElement box = b.driver.findElement(By.id(id));
    WebElement input = box.findElement(By.cssSelector("input"));
    b.js("arguments[0].focus();", input);
    input.sendKeys(filter.isEmpty() ? Keys.ARROW_DOWN : filter);
    // Open, and done asking the server for its items.
    Browser.until(
        Duration.ofSeconds(20),
        () -> box.getDomAttribute("opened") != null && box.getDomAttribute("loading") == null);
    b.waitForVaadin();
    input.sendKeys(Keys.ARROW_DOWN);
    input.sendKeys(Keys.ENTER);
    input.sendKeys(Keys.TAB);
    Browser.until(Duration.ofSeconds(10), () -> box.getDomAttribute("opened") == null);
    b.waitForVaadin();
  }

  private static void click(Browser b, String id) {
    press(b, b.driver.findElement(By.id(id)));
  }

  /**
   * Clicks as the element's own click handler sees it: a pointer click can land on an overlay that
   * is closing (a combo box's list, a dialog) instead.
   */
  private static void press(Browser b, WebElement element) {
    b.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    b.waitForVaadin();
  }

  private static String value(Browser b, String css) {
    return b.driver.findElement(By.cssSelector(css)).getAttribute("value");
  }

  private static void upload(Browser b, String uploadId, Path file) {
    WebElement input =
        (WebElement)
            b.js(
                "const u = document.getElementById(arguments[0]);"
                    + " return u.querySelector('input[type=file]') ||"
                    + " (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));",
                uploadId);
    input.sendKeys(file.toAbsolutePath().toString());
  }

  /** The href of the first link under {@code css} whose text is {@code text}. */
  private static String hrefOf(Browser b, String css, String text) {
    Object href =
        b.js(
            "const a = Array.from(document.querySelectorAll(arguments[0]))"
                + ".find(a => a.textContent.trim() === arguments[1]);"
                + " return a ? a.getAttribute('href') : null;",
            css,
            text);
    assertThat(href).as("a link '%s' under %s", text, css).isNotNull();
    return href.toString();
  }

  /** Fetches a download link in the page's session, as the browser would. */
  private static byte[] download(Browser b, String id) {
    Object base64 =
        ((org.openqa.selenium.JavascriptExecutor) b.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(document.getElementById(arguments[0]).href)"
                    + ".then(r => r.arrayBuffer()).then(buf => {"
                    + "  let s = ''; new Uint8Array(buf).forEach(x => s += String.fromCharCode(x));"
                    + "  done(btoa(s)); }).catch(e => done('ERROR ' + e));",
                id);
    assertThat(base64.toString()).doesNotStartWith("ERROR");
    return Base64.getDecoder().decode(base64.toString());
  }

  /** An entry's documentId, read from Strapi with the portal's token. */
  private static String documentIdOf(String type, String field, String value) throws Exception {
    String q =
        "filters%5B"
            + field
            + "%5D%5B%24eq%5D="
            + URLEncoder.encode(value, StandardCharsets.UTF_8)
            + "&pagination%5BpageSize%5D=1";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/api/" + type + "?" + q))
                    .header("Authorization", "Bearer " + TestStack.secret("STRAPI_PORTAL_TOKEN"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode data = JsonMapper.builder().build().readTree(r.body()).path("data");
    assertThat(data.size()).as("%s with %s = %s", type, field, value).isPositive();
    return data.get(0).path("documentId").asString();
  }
}
