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
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
 * Issue 13 in a browser on the running stack: a unit uploads a report with an indicator table (a
 * PDF of two pages from the shared corpus) and saves the number and date the portal read from it;
 * the reviewer opens the report, sees the indicators with the pages they were read from (each a
 * link to the file at its page), confirms two, corrects one and confirms an initiative; deciding
 * them again creates nothing twice; the five-year roll-up shows the figures with their sources and
 * the unit's registered target beside its result, and its XLSX reads back with them; once the
 * report is accepted, the public progress page charts the figure with its table and target, and the
 * unit's record page shows its own series.
 */
class FactsReviewIT {

  private static final String FILE = "r01-009.pdf";
  private static final Path REPORT =
      Path.of(System.getProperty("repo.root", ".."), "..", "shared", "corpus", "reports", FILE)
          .normalize();
  // A unit with no report for 2026 in the seed: its upload opens the year's report (a file sent
  // after acceptance would be a supplement, which is not read for facts).
  private static final String UNIT_NAME = "Văn phòng HĐND và UBND xã";
  private static final String CONFIRMED_1 = "Số sáng kiến, giải pháp được công nhận";
  private static final String CONFIRMED_2 = "Số người dân được hướng dẫn kỹ năng số";
  private static final String CORRECTED = "Khối lượng rác thải nhựa giảm";
  // Measures criterion 1.1.c, for which the unit registered a target of 90 (seed/emulation.json).
  private static final String ONLINE = "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến";
  private static final String UNIT_SLUG = "van-phong-hdnd-va-ubnd-xa";
  private static final String INITIATIVE =
      "Ứng dụng chế phẩm sinh học xử lý chất thải chăn nuôi tại xưởng sản xuất";
  private static final String OTHER_INITIATIVE =
      "Mô hình phân loại rác thải tại nguồn và ủ phân hữu cơ tại điểm trường chính";

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void a_reviewer_confirms_figures_read_from_a_units_report_and_the_roll_up_adds_them_up()
      throws Exception {
    Path file = Files.exists(REPORT) ? REPORT : Path.of("/work/shared/corpus/reports/" + FILE);
    int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    try (Browser b = new Browser()) {
      // 1. The unit uploads its report; once read, the number and date are suggested from it.
      b.signIn("donvi.vanphong", "DEMO_PASSWORD_UNIT");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/don-vi"));
      WebElement input =
          (WebElement)
              b.js(
                  "const u = document.getElementById('report-upload');"
                      + " return u.querySelector('input[type=file]') ||"
                      + " (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));");
      input.sendKeys(file.toAbsolutePath().toString());
      Browser.until(Duration.ofSeconds(120), () -> b.text("upload-outcomes").contains(FILE));
      Browser.until(
          Duration.ofMinutes(5),
          () -> {
            String files = b.cells("report-files");
            return files.contains(FILE) && !files.contains("Đang") && !files.contains("Chờ");
          });
      Browser.until(
          Duration.ofMinutes(2),
          () -> {
            if (b.text("report-details-suggestion").contains("200/BC-CTC")) {
              return true;
            }
            b.open("lam-viec/don-vi");
            return false;
          });
      assertThat(b.text("report-details-suggestion")).contains("06/11/2026").contains(FILE);
      assertThat(b.valueAt("#report-number input")).isEqualTo("200/BC-CTC");
      b.driver.findElement(By.id("report-details-save")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("report-details-message").contains("Đã lưu"));
      String reportId = reportOf(b);
      JsonNode saved = strapi(b, "/api/reports/" + reportId).path("data");
      assertThat(saved.path("number").asString()).isEqualTo("200/BC-CTC");
      assertThat(saved.path("reportDate").asString()).isEqualTo("2026-11-06");

      // 2. The reviewer opens the report: the figures read from it, each with its page.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/tham-dinh/" + reportId);
      Browser.until(Duration.ofSeconds(60), () -> row(b, "fact-indicator", CORRECTED) != null);
      String box = fileBox(b);
      assertThat(box).contains("200/BC-CTC").contains("06/11/2026").contains(CONFIRMED_1);
      String href =
          (String)
              b.js(
                  "return Array.from(document.querySelectorAll('.fact-indicator'))"
                      + ".find(r => r.dataset.name === arguments[0])"
                      + ".querySelector('a.fact-page').getAttribute('href');",
                  CORRECTED);
      assertThat(href).startsWith("/tep-bao-cao/" + reportId + "/").contains("#page=");
      // The link opens the file itself, through the report's access rule, for the reviewer.
      assertThat(b.fetchType(href.replaceFirst("#.*", ""))).startsWith("200 application/pdf");

      // 3. Two confirmed as read, one corrected, an initiative confirmed: each shows who, when.
      decide(b, "fact-indicator", CONFIRMED_1, "fact-confirm");
      decide(b, "fact-indicator", CONFIRMED_2, "fact-confirm");
      WebElement correction =
          row(b, "fact-indicator", CORRECTED).findElement(By.cssSelector(".fact-correction input"));
      correction.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1.234");
      decide(b, "fact-indicator", CORRECTED, "fact-correct");
      decide(b, "fact-initiative", INITIATIVE, "fact-confirm");
      decide(b, "fact-indicator", ONLINE, "fact-confirm");
      assertThat(rowText(b, "fact-indicator", CONFIRMED_1)).contains("Đã xác nhận", "thamdinh");
      assertThat(rowText(b, "fact-indicator", CORRECTED)).contains("1.234", "Đã sửa", "thamdinh");
      assertThat(rowText(b, "fact-initiative", INITIATIVE)).contains("Sáng kiến: " + INITIATIVE);

      // 4. Deciding again — a double click, then again after a reload — creates nothing twice.
      b.js(
          "const r = Array.from(document.querySelectorAll('.fact-indicator'))"
              + ".find(r => r.dataset.name === arguments[0]);"
              + " const c = r.querySelector('.fact-confirm'); c.click(); c.click();",
          CONFIRMED_1);
      b.waitForVaadin();
      b.open("lam-viec/tham-dinh/" + reportId);
      Browser.until(Duration.ofSeconds(60), () -> row(b, "fact-initiative", INITIATIVE) != null);
      decide(b, "fact-initiative", INITIATIVE, "fact-confirm");
      decide(b, "fact-indicator", CONFIRMED_2, "fact-confirm");
      JsonNode facts =
          strapi(
              b,
              "/api/report-facts?filters[report][documentId][$eq]="
                  + reportId
                  + "&pagination[pageSize]=100");
      assertThat(facts.path("meta").path("pagination").path("total").asInt())
          .as("one entry per decided fact")
          .isEqualTo(5);
      JsonNode initiatives =
          strapi(
              b,
              "/api/initiatives?status=draft&filters[title][$eq]="
                  + URLEncoder.encode(INITIATIVE, StandardCharsets.UTF_8)
                  + "&filters[unit][name][$eq]="
                  + URLEncoder.encode(UNIT_NAME, StandardCharsets.UTF_8));
      assertThat(initiatives.path("meta").path("pagination").path("total").asInt())
          .as("the confirmed initiative is one draft initiative of the unit")
          .isEqualTo(1);

      // 5. The roll-up shows the figures and where each came from; its XLSX reads back.
      b.open("lam-viec/so-lieu");
      Browser.until(Duration.ofSeconds(30), () -> b.text("rollup-table").contains(CORRECTED));
      assertThat(b.text("rollup-table")).contains(CONFIRMED_1, CONFIRMED_2, "1.234");
      assertThat(b.text("rollup-figures")).contains(FILE, "Trang", "thamdinh", UNIT_NAME);
      // The unit's registered target stands beside its result, and beside the sums per kind.
      assertThat(figureRow(b, ONLINE, UNIT_NAME)).contains("96").contains("90");
      assertThat(
              (String)
                  b.js(
                      "return Array.from(document.querySelectorAll('#rollup-table tr.rollup-total'))"
                          + ".find(r => r.dataset.name === arguments[0]).innerText;",
                      ONLINE))
          .contains("Chỉ tiêu đăng ký:");
      String xlsx = (String) b.js("return document.getElementById('rollup-xlsx').href;");
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(b.download(xlsx)))) {
        Sheet sheet = book.getSheetAt(0);
        Row head = sheet.getRow(2);
        int column = -1;
        for (Cell c : head) {
          if (c.getCellType() == CellType.NUMERIC && (int) c.getNumericCellValue() == year) {
            column = c.getColumnIndex();
          }
        }
        assertThat(column).as("a column for %s", year).isPositive();
        boolean found = false;
        for (Row r : sheet) {
          Cell name = r.getCell(0);
          Cell value = r.getCell(column);
          if (name != null
              && CORRECTED.equals(name.getStringCellValue())
              && value != null
              && value.getCellType() == CellType.NUMERIC
              && value.getNumericCellValue() >= 1234) {
            found = true;
          }
        }
        assertThat(found).as("the corrected figure in the XLSX").isTrue();
      }

      // 6. Once the report is accepted, its confirmed figures are public: the progress page charts
      // them with a table beside the registered target, and the unit's record page its own series.
      b.open("lam-viec/tham-dinh/" + reportId);
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("review-accept")).isEmpty());
      b.press(b.driver.findElement(By.id("review-accept")));
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("report-status-label").contains("Đã tiếp nhận"));
      b.signOut();
      // The public figures are kept for half a minute: read again until they include these.
      Browser.until(
          Duration.ofMinutes(2),
          () -> {
            b.open("tien-do");
            return publicFigure(b, "chi-tieu", ONLINE).contains("Chỉ tiêu đăng ký:");
          });
      assertThat(
              (Long)
                  b.js(
                      "return Array.from(document.querySelectorAll('#chi-tieu .portal-figure'))"
                          + ".find(f => f.dataset.name === arguments[0])"
                          + ".querySelectorAll('svg[role=img] rect, table caption').length;",
                      ONLINE))
          .as("a chart with bars and a table with its caption")
          .isGreaterThanOrEqualTo(2);
      assertThat(vn.thidua.portal.browser.Axe.violations(b.driver)).isEmpty();
      b.open("ho-so/" + UNIT_SLUG);
      Browser.until(
          Duration.ofSeconds(30), () -> !publicFigure(b, "so-lieu-don-vi", ONLINE).isEmpty());
      assertThat(publicFigure(b, "so-lieu-don-vi", ONLINE))
          .contains(String.valueOf(year))
          .contains("96")
          .contains("Chỉ tiêu đăng ký: 90");

      // 7. The unit's initiative registration is pre-filled from the initiatives of its report;
      // the one the reviewer confirmed is already the unit's, so it is not offered again.
      b.signIn("donvi.vanphong", "DEMO_PASSWORD_UNIT");
      b.open("lam-viec/don-vi/sang-kien");
      Browser.until(
          Duration.ofSeconds(60), () -> b.text("initiative-prefill").contains(OTHER_INITIATIVE));
      assertThat(b.text("initiative-prefill")).doesNotContain(INITIATIVE);
      String prefilled = b.valueAt("#initiative-title input");
      assertThat(prefilled).as("the form holds one of the report's initiatives").isNotBlank();
      assertThat(b.text("initiative-prefill")).contains(prefilled);
      assertThat(b.text("initiative-prefill-source")).contains(FILE);
      // Choosing another fills the form with it; the unit edits before registering.
      b.js(
          "Array.from(document.querySelectorAll('#initiative-prefill .initiative-found'))"
              + ".find(li => li.dataset.title === arguments[0])"
              + ".querySelector('.initiative-use').click();",
          OTHER_INITIATIVE);
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.valueAt("#initiative-title input").equals(OTHER_INITIATIVE));
    }
  }

  private static WebElement row(Browser b, String kind, String name) {
    return (WebElement)
        b.js(
            "return Array.from(document.querySelectorAll('.' + arguments[0]))"
                + ".find(r => r.dataset.name === arguments[1]) || null;",
            kind,
            name);
  }

  /** A row of the roll-up's sources: the figure of one unit for one indicator. */
  private static String figureRow(Browser b, String indicator, String unit) {
    return (String)
        b.js(
            "const r = Array.from(document.querySelectorAll('#rollup-figures tr.rollup-figure'))"
                + ".find(r => r.innerText.includes(arguments[0]) && r.innerText.includes(arguments[1]));"
                + " return r ? r.innerText : '';",
            indicator,
            unit);
  }

  /** The text of an indicator's chart and table in a public section, empty when absent. */
  private static String publicFigure(Browser b, String section, String indicator) {
    return (String)
        b.js(
            "const s = document.getElementById(arguments[0]);"
                + " const f = s && Array.from(s.querySelectorAll('.portal-figure'))"
                + ".find(f => f.dataset.name === arguments[1]);"
                + " return f ? f.innerText : '';",
            section,
            indicator);
  }

  private static String rowText(Browser b, String kind, String name) {
    return row(b, kind, name).getText();
  }

  private static String fileBox(Browser b) {
    return (String)
        b.js(
            "const f = Array.from(document.querySelectorAll('.facts-file'))"
                + ".find(f => f.dataset.file === arguments[0]); return f ? f.innerText : '';",
            FILE);
  }

  /** Clicks a decision button of a row and waits for the panel to show it saved. */
  private static void decide(Browser b, String kind, String name, String button) {
    b.js("document.getElementById('facts-message').textContent = '';");
    row(b, kind, name).findElement(By.cssSelector("." + button)).click();
    Browser.until(Duration.ofSeconds(30), () -> b.text("facts-message").contains("Đã lưu"));
    b.waitForVaadin();
  }

  /** The unit's newest report holding the uploaded file, read with the portal's token. */
  private String reportOf(Browser b) throws Exception {
    JsonNode data =
        strapi(
                b,
                "/api/reports?filters[files][name][$eq]="
                    + URLEncoder.encode(FILE, StandardCharsets.UTF_8)
                    + "&filters[unit][name][$eq]="
                    + URLEncoder.encode(UNIT_NAME, StandardCharsets.UTF_8)
                    + "&sort=updatedAt:desc&pagination[pageSize]=1")
            .path("data");
    assertThat(data.size()).as("the unit's report with %s", FILE).isEqualTo(1);
    return data.get(0).path("documentId").asString();
  }

  private JsonNode strapi(Browser b, String pathAndQuery) throws Exception {
    String q = pathAndQuery.replace("[", "%5B").replace("]", "%5D").replace("$", "%24");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + q))
                    .header("Authorization", "Bearer " + b.secret("STRAPI_PORTAL_TOKEN"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
    return json.readTree(r.body());
  }
}
