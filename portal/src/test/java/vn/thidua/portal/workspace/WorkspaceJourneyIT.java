package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/**
 * The whole journey on the running stack, in a browser: a unit signs in and uploads a scanned PDF;
 * it becomes findable by a query typed without diacritics; the reviewer accepts it; the editor
 * publishes a story from one of the unit's initiatives; a public reader finds that story and
 * follows it to the evidence.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceJourneyIT {

  private static final Path SCAN =
      Path.of(
              System.getProperty("repo.root", ".."),
              "..",
              "shared",
              "corpus",
              "reports",
              "r01-016.pdf")
          .normalize();
  private static final String UNIT_NAME = "Trạm Y tế xã Đại Sơn";

  /**
   * The unit that sends the year's report: one with no report of the current year yet (issue 17: a
   * unit whose report is accepted sends a supplement, not a new report).
   */
  private static final String REPORTING_UNIT = "Ban Chỉ huy Quân sự xã";

  private static final String REPORTING_UNIT_EMAIL = "quansu.daison@example.vn";

  @Test
  @Order(1)
  void a_unit_uploads_a_scan_the_reviewer_accepts_it_and_a_reader_follows_a_story_to_the_evidence()
      throws Exception {
    Path scan = Files.exists(SCAN) ? SCAN : Path.of("/work/shared/corpus/reports/r01-016.pdf");
    try (Browser b = new Browser()) {
      // 1. The unit signs in and lands in its own workspace, with this year's deadline.
      b.signIn("donvi.quansu", "DEMO_PASSWORD_UNIT");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/don-vi"));
      int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
      assertThat(b.text("deadline")).contains("01/12/" + year);
      assertThat(b.text("upload-limits")).contains("200 MB");

      // 2. It uploads the scanned PDF; the portal says it was received.
      WebElement input =
          (WebElement)
              b.js(
                  "const u = document.getElementById('report-upload');"
                      + " return u.querySelector('input[type=file]') ||"
                      + " (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));");
      input.sendKeys(scan.toAbsolutePath().toString());
      Browser.until(
          Duration.ofSeconds(120), () -> b.text("upload-outcomes").contains("r01-016.pdf"));
      assertThat(b.text("upload-outcomes"))
          .as("stored, not refused")
          .contains("Đã nhận tệp r01-016.pdf");

      // 3. The file's status updates live until the indexer has read it (OCR): no file is
      // left waiting, queued, extracting or in OCR ("Đang …").
      Browser.until(
          Duration.ofMinutes(8),
          () -> {
            String files = b.cells("report-files");
            return occurrences(files, "r01-016.pdf") >= 1 && !files.contains("Đang");
          });
      assertThat(b.cells("report-files")).containsAnyOf("Đã lập chỉ mục", "Lập chỉ mục một phần");

      // 4. The unit finds it by words typed without diacritics.
      // On a loaded machine one search may outlast the portal's timeout and show the outage
      // notice; the unit searches again, as a person would.
      String query =
          "tim-kiem?q=" + URLEncoder.encode("tui ni long do nhua", StandardCharsets.UTF_8);
      Browser.until(
          Duration.ofMinutes(2),
          () -> {
            b.open(query);
            return b.bodyText().contains("r01-016");
          });

      // 5. The reviewer opens the unit's report from the board and accepts it.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/tham-dinh"));
      String href =
          (String)
              b.js(
                  "const a = Array.from(document.querySelectorAll('#compliance-board a'))"
                      + ".find(a => a.textContent.trim() === arguments[0]);"
                      + " return a ? a.getAttribute('href') : null;",
                  REPORTING_UNIT);
      assertThat(href).as("the board links the unit's report").isNotNull();
      b.open(href);
      Browser.until(Duration.ofSeconds(30), () -> b.text("report-files").contains("r01-016.pdf"));
      b.driver.findElement(By.id("review-accept")).click();
      Browser.until(Duration.ofSeconds(30), () -> b.text("report-status-label").contains("Đã"));
      assertThat(b.text("report-history")).contains("thamdinh");
      // The unit is told by e-mail to its contact, through the outbox.
      Browser.until(
          Duration.ofSeconds(120),
          () ->
              MailCatcher.subjectsTo(REPORTING_UNIT_EMAIL).stream()
                  .anyMatch(subject -> subject.contains("đã được tiếp nhận")));

      // 6. The editor writes an exemplar story from one of the unit's initiatives and publishes it.
      String initiative = publishedInitiativeOf(b, UNIT_NAME);
      b.signIn("bientap", "DEMO_PASSWORD_EDITOR");
      b.open("lam-viec/bien-tap?sang-kien=" + initiative);
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              !b.driver
                  .findElement(By.cssSelector("#story-title input"))
                  .getAttribute("value")
                  .isBlank());
      String marker = "Dien hinh tram y te " + System.currentTimeMillis();
      WebElement title = b.driver.findElement(By.cssSelector("#story-title input"));
      title.sendKeys(" – " + marker);
      b.driver.findElement(By.id("story-preview")).click();
      Browser.until(Duration.ofSeconds(10), () -> b.text("story-preview-pane").contains(marker));
      b.driver.findElement(By.id("story-publish")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.findElement(By.id("story-public-link")).isDisplayed());
      String story = b.driver.findElement(By.id("story-public-link")).getAttribute("href");

      // 7. A public reader finds the story by search and follows it to the evidence.
      b.signOut();
      Browser.until(
          Duration.ofMinutes(2),
          () -> {
            b.open("tim-kiem?q=" + URLEncoder.encode(marker.toLowerCase(), StandardCharsets.UTF_8));
            return b.bodyText().contains(marker);
          });
      b.driver.get(story);
      b.waitForVaadin();
      String evidence =
          (String)
              b.js(
                  "const a = Array.from(document.querySelectorAll('a'))"
                      + ".find(a => (a.getAttribute('href') || '').startsWith('sang-kien/'));"
                      + " return a ? a.getAttribute('href') : null;");
      assertThat(evidence).as("the story links its source initiative").isNotNull();
      b.open(evidence);
      assertThat(b.driver.getCurrentUrl()).contains("sang-kien/");
    }
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  /** A published initiative of the unit, read from Strapi with the portal's token. */
  private static String publishedInitiativeOf(Browser b, String unitName) throws Exception {
    String strapi = TestStack.strapiUrl().toString();
    String q =
        "filters[unit][name][$eq]="
            + URLEncoder.encode(unitName, StandardCharsets.UTF_8)
            + "&pagination[pageSize]=1";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            strapi
                                + "/api/initiatives?"
                                + q.replace("[", "%5B").replace("]", "%5D").replace("$", "%24")))
                    .header("Authorization", "Bearer " + b.secret("STRAPI_PORTAL_TOKEN"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode data = JsonMapper.builder().build().readTree(r.body()).path("data");
    assertThat(data.size()).as("the unit has a published initiative").isPositive();
    return data.get(0).path("documentId").asString();
  }
}
