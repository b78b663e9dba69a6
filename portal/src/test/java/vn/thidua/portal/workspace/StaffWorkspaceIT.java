package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.thidua.portal.StrapiAsPortal;

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
      // Issue 17: no criterion, no initiative: the field says why and nothing is registered.
      b.click("initiative-register");
      Browser.until(
          Duration.ofSeconds(10),
          () ->
              b.driver.findElement(By.id("initiative-criteria")).getDomAttribute("invalid")
                  != null);
      assertThat(b.text("initiative-criteria"))
          .contains("Chọn ít nhất một tiêu chí mà sáng kiến đáp ứng.");
      assertThat(b.cells("my-initiatives")).doesNotContain(title);
      WebElement criteria = b.driver.findElement(By.cssSelector("#initiative-criteria input"));
      criteria.click();
      criteria.sendKeys(Keys.ARROW_DOWN);
      criteria.sendKeys(Keys.ENTER);
      criteria.sendKeys(Keys.ESCAPE);
      b.waitForVaadin();
      b.click("initiative-register");
      Browser.until(Duration.ofSeconds(30), () -> b.text("my-initiative").contains(title));
      b.upload("evidence-upload", corpus("r01-009.pdf"));
      Browser.until(
          Duration.ofSeconds(60), () -> b.text("initiative-messages").contains("r01-009.pdf"));
      assertThat(b.text("initiative-messages")).contains("Đã nhận tệp r01-009.pdf");
      Browser.until(
          Duration.ofSeconds(30),
          () -> !b.driver.findElements(By.cssSelector("#my-initiative .assessment-row")).isEmpty());
      // Issue 17: the score's scale shows before typing; a score outside it is refused, saying so.
      WebElement score =
          b.driver.findElement(
              By.cssSelector("#my-initiative .assessment-row vaadin-number-field"));
      assertThat(score.getText()).contains("Thang điểm: 0–");
      score.findElement(By.tagName("input")).sendKeys("999", Keys.TAB);
      b.click("assessment-save");
      Browser.until(Duration.ofSeconds(10), () -> score.getDomAttribute("invalid") != null);
      assertThat(score.getText()).contains("Điểm phải từ 0 đến");
      assertThat(b.text("initiative-messages")).doesNotContain("tự đánh giá");
      score
          .findElement(By.tagName("input"))
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      score.findElement(By.tagName("input")).sendKeys("8", Keys.TAB);
      b.driver
          .findElement(By.cssSelector("#my-initiative .assessment-row vaadin-text-field input"))
          .sendKeys("Sổ điện tử dùng tại xưởng từ tháng 3", Keys.TAB);
      b.driver
          .findElement(By.cssSelector("#my-initiative .assessment-row vaadin-integer-field input"))
          .sendKeys("1", Keys.TAB);
      // The assessment names the file its page is in.
      b.press(b.driver.findElement(By.cssSelector("#my-initiative .assessment-row vaadin-select")));
      Browser.until(
          Duration.ofSeconds(10),
          () -> b.items().stream().anyMatch(e -> e.getText().strip().equals("r01-009.pdf")));
      b.items().stream()
          .filter(e -> e.getText().strip().equals("r01-009.pdf"))
          .findFirst()
          .orElseThrow()
          .click();
      b.waitForVaadin();
      b.click("assessment-save");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-messages").contains("tự đánh giá"));

      // 2. The reviewer finds it among the registered initiatives, with evidence and assessment.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.press(b.driver.findElement(By.id("initiatives-review-link")));
      Browser.until(
          Duration.ofSeconds(30), () -> b.cells("initiative-review-list").contains(title));
      String review = b.hrefOf("#initiative-review-list a", title);
      assertThat(review).startsWith("lam-viec/sang-kien/");
      b.open(review);
      assertThat(b.text("initiative-review-details")).contains(HTX).contains("Đã đăng ký");
      assertThat(b.text("initiative-evidence")).contains("r01-009.pdf");
      assertThat(b.cells("initiative-self-assessment"))
          .contains("8")
          .contains("Sổ điện tử dùng tại xưởng từ tháng 3");
      // The file named in the self-assessment opens at its page (issue 17), as for the unit.
      Object assessed =
          b.js(
              "const a = document.querySelector('#initiative-self-assessment a.file-page-link');"
                  + " return a ? a.getAttribute('href') : null;");
      assertThat(assessed).as("the self-assessment links its evidence").isNotNull();
      assertThat(assessed.toString()).endsWith("#page=1");
      assertThat(b.fetchType(assessed.toString().replaceFirst("#.*", "")))
          .startsWith("200 application/pdf");
      assertThat(b.text("initiative-public-state")).contains("Chưa đăng");

      // 3. Returning it needs a comment: without one nothing changes.
      b.click("initiative-return");
      assertThat(b.driver.findElement(By.id("initiative-review-comment")).getAttribute("invalid"))
          .isNotNull();
      assertThat(b.text("initiative-review-status")).contains("Đã đăng ký");

      // 4. Verified, then returned with a comment: back to registered.
      b.click("initiative-verify");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-status").contains("Đã xác minh"));
      b.driver
          .findElement(By.cssSelector("#initiative-review-comment textarea"))
          .sendKeys(comment, Keys.TAB);
      b.click("initiative-return");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-status").contains("Đã đăng ký"));

      // 5. The unit reads why.
      b.signIn("donvi.htxdongson", "DEMO_PASSWORD_UNIT");
      b.open("lam-viec/don-vi/sang-kien");
      Browser.until(Duration.ofSeconds(30), () -> b.cells("my-initiatives").contains(title));
      b.press(
          b.driver.findElements(By.cssSelector("#my-initiatives vaadin-grid-cell-content")).stream()
              .filter(c -> c.getText().equals(title))
              .findFirst()
              .orElseThrow());
      Browser.until(Duration.ofSeconds(30), () -> b.text("my-initiative-trail").contains(comment));
      assertThat(b.text("my-initiative-trail")).contains("Trả lại");

      // 6. Verified and recognised; it goes on the public catalogue with its status.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open(review);
      b.click("initiative-verify");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-status").contains("Đã xác minh"));
      b.click("initiative-recognise");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("initiative-review-status").contains("Được công nhận"));
      b.click("initiative-publish");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-public-state").contains("Đang đăng"));
      String publicPage = b.hrefOf("#initiative-review-details a", "Xem trên trang công khai");
      assertThat(publicPage).startsWith("sang-kien/");

      b.signOut();
      b.open(publicPage);
      assertThat(b.bodyText()).contains(title).contains("Được công nhận");

      // 7. Taken down: the public no longer finds it; the trail keeps every step.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open(review);
      b.click("initiative-unpublish");
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
    String docx = StrapiAsPortal.documentIdOf("reports", "number", "156/BC-HTX");
    String pdf = StrapiAsPortal.documentIdOf("reports", "number", "200/BC-CTC");
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
      b.press(
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
      b.press(b.driver.findElements(By.cssSelector(".story-from-page")).getFirst());
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.getCurrentUrl().contains("lam-viec/bien-tap?tin-bai="));
      b.waitForVaadin();
      assertThat(b.valueAt("#story-source-excerpt textarea")).isEqualTo(selected);
      assertThat(b.valueAt("#story-source-file input")).isEqualTo("r01-010.docx");
      assertThat(b.valueAt("#story-source-page input")).isEmpty();
      assertThat(b.valueAt("#story-title input")).startsWith(HTX);
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
      b.press(b.driver.findElements(By.cssSelector("#evidence-hits .story-from-hit")).getFirst());
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.getCurrentUrl().contains("lam-viec/bien-tap?tin-bai="));
      b.waitForVaadin();
      assertThat(b.valueAt("#story-title input")).startsWith("Công ty Cổ phần May Đại Sơn");
      assertThat(b.valueAt("#story-source-file input")).isEqualTo("r01-009.pdf");
      String page = b.valueAt("#story-source-page input");
      assertThat(page).matches("[1-9][0-9]*");
      assertThat(b.valueAt("#story-source-excerpt textarea")).contains("669");
      assertThat(b.text("story-source")).contains("200/BC-CTC");
      String marker = "Dien hinh May Dai Son " + System.currentTimeMillis();
      b.driver.findElement(By.cssSelector("#story-title input")).sendKeys(" – " + marker, Keys.TAB);
      b.click("story-publish");
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
      String find = b.hrefOf("a", "Tìm đoạn này trong báo cáo");
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
      byte[] xlsx = b.downloadLink("reminder-export");
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

      // The consolidated report upward, as the reviewer downloads it: a DOCX laid out per Decree
      // 30/2020, the motto and the slogan each one paragraph (one line), the number, the title.
      assertThat(
              b.fetchType(
                  String.valueOf(b.js("return document.getElementById('export-docx').href;"))))
          .startsWith("200 application/vnd.openxmlformats-officedocument.wordprocessingml");
      byte[] docx = b.downloadLink("export-docx");
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
        List<String> paragraphs = new java.util.ArrayList<>();
        doc.getParagraphs().forEach(p -> paragraphs.add(p.getText().strip()));
        doc.getTables()
            .forEach(
                t ->
                    t.getRows()
                        .forEach(
                            r ->
                                r.getTableCells()
                                    .forEach(
                                        c ->
                                            c.getParagraphs()
                                                .forEach(
                                                    p -> paragraphs.add(p.getText().strip())))));
        assertThat(paragraphs)
            .contains(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO")
            .anySatisfy(p -> assertThat(p).startsWith("Số: ").contains("/BC-"))
            .anySatisfy(p -> assertThat(p).startsWith("Nơi nhận"));
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
      b.click("award-propose");
      b.pick("award-unit", HTX);
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              b.driver.findElement(By.id("award-initiatives")).getDomAttribute("disabled") == null);
      b.pick("award-initiatives", "");
      b.pick("award-reports", "");
      b.pick("award-form", "");
      b.click("award-save");
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
}
