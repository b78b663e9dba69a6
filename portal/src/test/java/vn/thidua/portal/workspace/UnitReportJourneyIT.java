package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import vn.thidua.portal.StrapiAsPortal;

/**
 * A unit's daily work on its report (issue 17), in a browser on the running stack: a wrong file is
 * removed and search no longer finds it; a refused file is told beside its name with no retry; the
 * "extracting" note settles; "Nộp lại báo cáo" sits below the files; once the report is accepted a
 * further file is a supplement of the same report, which the reviewer sees as such, and Strapi
 * itself refuses a second report of the same unit, year and stage, even sent twice at once. The
 * first test makes the unit's report of the year in Strapi (the one the second then works on).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnitReportJourneyIT {

  /**
   * A unit of the demo with no report of the current year (its corpus report is of 2027), and not
   * one StaffWorkspaceIT expects on the year's reminder list (Thôn Tây).
   */
  private static final String UNIT = "Công ty TNHH Thực phẩm sạch Hải An";

  private static final String UNIT_USER = "donvi.haian";

  @TempDir Path dir;

  @Test
  @Order(2)
  void a_unit_removes_a_wrong_file_resubmits_and_sends_a_supplement_after_acceptance()
      throws Exception {
    String marker = "nhamtep" + System.currentTimeMillis();
    Path wrong = docx("bien-ban-nham.docx", "Biên bản họp chi bộ gửi nhầm, mã " + marker + ".");
    Path right = docx("bao-cao-thon-tay.docx", "Báo cáo kết quả phong trào thi đua của thôn Tây.");
    Path supplement = docx("bo-sung-thon-tay.docx", "Ảnh và danh sách bổ sung của thôn Tây.");
    Path bad = Files.write(dir.resolve("anh-chup.pdf"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    try (Browser b = new Browser()) {
      // 1. The unit sends a file by mistake; the indexer reads it and the unit finds it.
      b.signIn(UNIT_USER, "DEMO_PASSWORD_UNIT");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/don-vi"));
      b.upload("report-upload", wrong);
      Browser.until(
          Duration.ofSeconds(60), () -> b.text("upload-outcomes").contains("bien-ban-nham.docx"));
      Browser.until(Duration.ofMinutes(4), () -> indexed(b, "bien-ban-nham.docx"));
      assertThat(b.text("upload-outcomes"))
          .as("the note no longer says the file is being extracted once it is final")
          .contains("Đã nhận tệp bien-ban-nham.docx.")
          .doesNotContain("đang trích xuất");
      Browser.until(Duration.ofMinutes(2), () -> found(b, marker, "bien-ban-nham"));

      // 2. It removes the file: the history says so, and search no longer finds its words.
      b.open("lam-viec/don-vi");
      b.press(fileButton(b, "file-remove", "bien-ban-nham.docx"));
      WebElement confirm =
          (WebElement)
              b.js(
                  "const d = document.querySelector('vaadin-confirm-dialog[opened]') ||"
                      + " document.querySelector('vaadin-confirm-dialog');"
                      + " return Array.from(document.querySelectorAll('vaadin-button'))"
                      + ".find(x => x.getAttribute('slot') === 'confirm-button');");
      b.press(confirm);
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("report-history").contains("Gỡ tệp: bien-ban-nham.docx"));
      // The grid keeps its last rows' cells in the page once empty: ask Strapi what the report
      // holds.
      assertThat(fileNamesOfTheYearsReport(year)).doesNotContain("bien-ban-nham.docx");
      Browser.until(Duration.ofMinutes(2), () -> !found(b, marker, "bien-ban-nham"));

      // 3. A file that would be refused again: its reason is beside its name, no retry offered.
      b.open("lam-viec/don-vi");
      b.upload("report-upload", bad);
      Browser.until(
          Duration.ofSeconds(60), () -> b.text("upload-outcomes").contains("anh-chup.pdf"));
      assertThat(b.text("upload-outcomes"))
          .contains("Không nhận tệp anh-chup.pdf: nội dung tệp không phải PDF");
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              Boolean.TRUE.equals(
                  b.js(
                      "const u = document.getElementById('report-upload');"
                          + " return !(u.files || []).some(f => f.name === 'anh-chup.pdf');")));

      // 4. The right file; the reviewer returns the report with a comment.
      b.upload("report-upload", right);
      Browser.until(Duration.ofMinutes(4), () -> indexed(b, "bao-cao-thon-tay.docx"));
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      String report = reportOfUnit(b);
      b.open(report);
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("report-files").contains("bao-cao-thon-tay.docx"));
      assertThat(b.text("report-history")).contains("Gỡ tệp: bien-ban-nham.docx");
      b.driver
          .findElement(By.cssSelector("#review-comment textarea"))
          .sendKeys("Bổ sung số liệu quý IV", Keys.TAB);
      b.press(b.driver.findElement(By.id("review-return")));
      Browser.until(Duration.ofSeconds(30), () -> b.text("report-status-label").contains("Trả"));

      // 5. The unit resubmits with the button below the files it sends again.
      b.signIn(UNIT_USER, "DEMO_PASSWORD_UNIT");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("resubmit")).isEmpty());
      assertThat(
              b.js(
                  "return !!(document.getElementById('report-files').compareDocumentPosition("
                      + "document.getElementById('resubmit')) & Node.DOCUMENT_POSITION_FOLLOWING);"))
          .as("Nộp lại báo cáo is below the files")
          .isEqualTo(true);
      b.press(b.driver.findElement(By.id("resubmit")));
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.findElements(By.id("resubmit")).isEmpty());

      // 6. The reviewer accepts it.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open(report);
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("review-accept")).isEmpty());
      b.press(b.driver.findElement(By.id("review-accept")));
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("report-status-label").contains("Đã tiếp nhận"));

      // 7. A further file is a supplement of the same report, said before and after sending.
      b.signIn(UNIT_USER, "DEMO_PASSWORD_UNIT");
      Browser.until(Duration.ofSeconds(30), () -> b.text("supplement-note").contains("bổ sung"));
      assertThat(
              b.driver.findElements(By.cssSelector("#report-files .file-remove")).stream()
                  .filter(WebElement::isDisplayed))
          .as("an accepted report's files can no longer be removed")
          .isEmpty();
      b.upload("report-upload", supplement);
      Browser.until(
          Duration.ofSeconds(60),
          () -> b.text("upload-outcomes").contains("bo-sung-thon-tay.docx"));
      assertThat(b.text("upload-outcomes")).contains("làm bổ sung cho báo cáo đã được tiếp nhận");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("report-supplements").contains("bo-sung-thon-tay.docx"));
      assertThat(b.text("report-status-label")).contains("Đã tiếp nhận");
      assertThat(reportsOf(year, "annual")).as("still one report of the year").hasSize(1);

      // 8. The reviewer sees the supplement as such, on the same report, with its history entry.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open(report);
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("report-supplements").contains("bo-sung-thon-tay"));
      assertThat(b.text("report-supplements")).contains("Bổ sung");
      assertThat(b.text("report-history")).contains("Gửi bổ sung: bo-sung-thon-tay.docx");
    }
  }

  @Test
  @Order(1)
  void strapi_makes_one_report_of_a_unit_year_and_stage_even_when_two_arrive_at_once()
      throws Exception {
    String unit = StrapiAsPortal.documentIdOf("units", "name", UNIT);
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    assertThat(reportsOf(year, "annual")).as("the demo unit starts the year without one").isEmpty();
    String body =
        """
        {"data":{"title":"Báo cáo kết quả thực hiện phong trào thi đua năm %d – %s","unit":"%s",
          "year":%d,"stage":"annual","status":"submitted","submittedAt":"%s",
          "history":[{"toStatus":"submitted","at":"%s","actor":"%s"}]}}
        """
            .formatted(
                year,
                UNIT,
                unit,
                year,
                java.time.Instant.now(),
                java.time.Instant.now(),
                UNIT_USER);
    // Two tabs, or a double click that reached Strapi twice: both at once.
    List<CompletableFuture<HttpResponse<String>>> both =
        List.of(
            CompletableFuture.supplyAsync(() -> StrapiAsPortal.send("POST", "reports", body)),
            CompletableFuture.supplyAsync(() -> StrapiAsPortal.send("POST", "reports", body)));
    List<HttpResponse<String>> answers = both.stream().map(CompletableFuture::join).toList();
    assertThat(answers.stream().filter(r -> r.statusCode() < 300).count())
        .as("one created: %s", answers.stream().map(HttpResponse::body).toList())
        .isEqualTo(1);
    assertThat(answers.stream().filter(r -> r.statusCode() == 400).count())
        .as("the other refused")
        .isEqualTo(1);
    assertThat(reportsOf(year, "annual")).hasSize(1);
    assertThat(StrapiAsPortal.send("POST", "reports", body).statusCode())
        .as("and again later")
        .isEqualTo(400);
    assertThat(reportsOf(year, "annual")).hasSize(1);
  }

  private Path docx(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText(text);
      doc.write(out);
    }
    return file;
  }

  /** The file's row says the indexer has read it. */
  private static boolean indexed(Browser b, String name) {
    String cells = b.cells("report-files");
    return cells.contains(name) && cells.contains("Đã lập chỉ mục");
  }

  /** Whether the unit's search finds the marker in the file. */
  private static boolean found(Browser b, String query, String fileName) {
    b.open("tim-kiem?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    return b.bodyText().contains(fileName);
  }

  private static WebElement fileButton(Browser b, String cssClass, String fileName) {
    Browser.until(
        Duration.ofSeconds(30),
        () ->
            b.driver.findElements(By.cssSelector("#report-files ." + cssClass)).stream()
                .anyMatch(e -> fileName.equals(e.getDomAttribute("data-file"))));
    return b.driver.findElements(By.cssSelector("#report-files ." + cssClass)).stream()
        .filter(e -> fileName.equals(e.getDomAttribute("data-file")))
        .findFirst()
        .orElseThrow();
  }

  /** The unit's report, from the reviewer's compliance board. */
  private static String reportOfUnit(Browser b) {
    Browser.until(
        Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/tham-dinh"));
    Object href =
        b.js(
            "const a = Array.from(document.querySelectorAll('#compliance-board a'))"
                + ".find(a => a.textContent.trim() === arguments[0]);"
                + " return a ? a.getAttribute('href') : null;",
            UNIT);
    assertThat(href).as("the board links the unit's report").isNotNull();
    return href.toString();
  }

  // --- Strapi, with the portal's token ---

  private static List<JsonNode> reportsOf(int year, String stage) throws Exception {
    String q =
        "filters%5Bunit%5D%5Bname%5D%5B%24eq%5D="
            + URLEncoder.encode(UNIT, StandardCharsets.UTF_8)
            + "&filters%5Byear%5D%5B%24eq%5D="
            + year
            + "&filters%5Bstage%5D%5B%24eq%5D="
            + stage;
    JsonNode data = StrapiAsPortal.get("reports?" + q).path("data");
    List<JsonNode> list = new java.util.ArrayList<>();
    data.forEach(list::add);
    return list;
  }

  /** The names of the files of the unit's report of the year, as Strapi holds them. */
  private static List<String> fileNamesOfTheYearsReport(int year) throws Exception {
    String q =
        "filters%5Bunit%5D%5Bname%5D%5B%24eq%5D="
            + URLEncoder.encode(UNIT, StandardCharsets.UTF_8)
            + "&filters%5Byear%5D%5B%24eq%5D="
            + year
            + "&filters%5Bstage%5D%5B%24eq%5D=annual&populate=files";
    JsonNode data = StrapiAsPortal.get("reports?" + q).path("data");
    assertThat(data.size()).isEqualTo(1);
    List<String> names = new java.util.ArrayList<>();
    data.get(0).path("files").forEach(f -> names.add(f.path("name").asString()));
    return names;
  }
}
