package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/**
 * Scoring end to end on the running stack (issue 12), on the seeded 2026 registration of Trường Mầm
 * non Hoa Sen (1.1.a, owned by the Culture–Society office, max 30; 1.1.b, green, owned by the
 * Economy office, max 25): each office scores its own criterion with a comment and evidence, points
 * over the maximum are refused by the server, the Economy office finds no way to score the other
 * office's criterion (no field in the page, and its own Strapi account may write no score), both
 * sheets are submitted and frozen, one is reopened with a reason that is recorded, and the ranking
 * the council reads shows the unit's total over both offices and its eligibility against the
 * threshold the administrator sets in Strapi. Both pages pass the axe-core WCAG 2.1 AA audit.
 */
class ScoringJourneyIT {

  private static final String UNIT = "Trường Mầm non Hoa Sen";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void both_offices_score_their_own_criteria_submit_reopen_and_the_council_reads_the_ranking()
      throws Exception {
    StrapiAdmin admin = new StrapiAdmin();
    admin.threshold(80);
    try (Browser b = new Browser()) {
      // 1. The Culture–Society office (the reviewer) goes from its board to scoring.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/tham-dinh"));
      b.driver.findElement(By.id("scoring-link")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/cham-diem"));
      b.waitForVaadin();
      pickYear(b, "scoring-year", "2026");
      assertThat(b.text("sheet-status")).contains("đang chấm");
      b.choose("scoring-unit", UNIT);
      Browser.until(Duration.ofSeconds(30), () -> b.text("scoring-unit-heading").contains(UNIT));
      assertThat(b.text("line-1.1.a"))
          .as("what the unit registered: the target and the maximum")
          .contains("Chỉ tiêu đơn vị đăng ký: 100")
          .contains("Điểm tối đa: 30");
      assertThat(b.text("other-1.1.b")).contains("Phòng Kinh tế");
      assertThat(b.driver.findElements(By.id("points-1.1.b"))).isEmpty();
      assertThat(vn.thidua.portal.browser.Axe.violations(b.driver))
          .as("axe-core on the scoring page")
          .isEmpty();

      // Points over the criterion's maximum: the server refuses them.
      b.type("points-1.1.a", "31");
      b.driver.findElement(By.id("save-1.1.a")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("scoring-message").contains("Điểm phải từ 0 đến điểm tối đa"));

      // Within it, with a comment and the unit's report file and page as evidence.
      b.clear("points-1.1.a");
      b.type("points-1.1.a", "28");
      b.typeArea("comment-1.1.a", "Hoàn thành vượt mục tiêu năm");
      String file = b.chooseFirst("file-1.1.a");
      b.type("page-1.1.a", "2");
      b.driver.findElement(By.id("save-1.1.a")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("scoring-message").contains("Đã lưu điểm tiêu chí 1.1.a"));
      assertThat(b.text("scored-1.1.a")).contains("thamdinh");
      assertThat(b.value("points-1.1.a")).isEqualTo("28");
      assertThat(b.text("file-1.1.a")).contains(file);

      // 2. The Economy office lands on its scoring page and scores the green criterion.
      b.signIn("kinhte", "DEMO_PASSWORD_ECONOMY");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/cham-diem"));
      b.waitForVaadin();
      pickYear(b, "scoring-year", "2026");
      b.choose("scoring-unit", UNIT);
      Browser.until(Duration.ofSeconds(30), () -> b.text("scoring-unit-heading").contains(UNIT));
      assertThat(b.text("other-1.1.a")).contains("Phòng Văn hóa – Xã hội");
      assertThat(b.driver.findElements(By.id("points-1.1.a")))
          .as("no field to score the other office's criterion")
          .isEmpty();
      b.type("points-1.1.b", "22");
      b.typeArea("comment-1.1.b", "Tiết kiệm năng lượng 12%");
      b.chooseFirst("initiative-1.1.b");
      b.driver.findElement(By.id("save-1.1.b")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("scoring-message").contains("Đã lưu điểm tiêu chí 1.1.b"));

      // 3. Nor may the Economy office's own Strapi account write a score behind the portal's back.
      assertThat(strapiScoreAttempt("kinhte", "DEMO_PASSWORD_ECONOMY"))
          .as("POST /api/scores with the office's own JWT")
          .isIn(401, 403);

      // 4. It submits: its scores are read-only from now on.
      b.driver.findElement(By.id("sheet-submit")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("scoring-message").contains("Đã nộp phiếu chấm"));
      assertThat(b.text("sheet-status")).contains("đã nộp").contains("kinhte");
      b.choose("scoring-unit", UNIT);
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("points-1.1.b")).isEmpty());
      assertThat(b.driver.findElements(By.id("save-1.1.b"))).isEmpty();
      assertThat(b.input("points-1.1.b").getAttribute("readonly")).isNotNull();
      assertThat(b.driver.findElements(By.id("sheet-submit"))).isEmpty();

      // 5. The Culture–Society office submits too; the council reads the ranking.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/cham-diem");
      pickYear(b, "scoring-year", "2026");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("sheet-submit")).isEmpty());
      b.driver.findElement(By.id("sheet-submit")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("scoring-message").contains("Đã nộp phiếu chấm"));

      b.signIn("hoidong", "DEMO_PASSWORD_COUNCIL");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/hoi-dong"));
      b.driver.findElement(By.id("ranking-link")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/xep-hang"));
      b.waitForVaadin();
      pickYear(b, "ranking-year", "2026");
      Browser.until(Duration.ofSeconds(30), () -> b.text("ranking-co_quan").contains(UNIT));
      assertThat(rowOf(b, "ranking-co_quan", UNIT))
          .as("28 + 22 of the 100 a unit of 1.1 can reach, under the 80 % threshold")
          .containsSubsequence("28", "22", "50", "100", "Chưa đủ");
      assertThat(b.text("ranking-threshold")).contains("80%");
      assertThat(b.text("ranking-sheets")).contains("Điểm đã chốt");
      assertThat(vn.thidua.portal.browser.Axe.violations(b.driver))
          .as("axe-core on the ranking page")
          .isEmpty();

      // The commune's administrator lowers the threshold in Strapi: the unit becomes eligible.
      admin.threshold(50);
      b.open("lam-viec/xep-hang");
      pickYear(b, "ranking-year", "2026");
      Browser.until(
          Duration.ofSeconds(30), () -> rowOf(b, "ranking-co_quan", UNIT).contains("Đủ điều kiện"));
      assertThat(b.text("ranking-threshold")).contains("50%");

      // 6. The Culture–Society office reopens its sheet with a reason, recorded; it may edit again.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/cham-diem");
      pickYear(b, "scoring-year", "2026");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("sheet-reopen")).isEmpty());
      b.driver.findElement(By.id("sheet-reopen")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("scoring-message").contains("Hãy ghi lý do"));
      b.typeArea("reopen-reason", "Đơn vị bổ sung minh chứng sau khi nộp");
      b.driver.findElement(By.id("sheet-reopen")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("scoring-message").contains("Đã mở lại phiếu chấm"));
      assertThat(b.text("sheet-status")).contains("đã mở lại");
      assertThat(b.text("sheet-reopenings"))
          .contains("thamdinh")
          .contains("Đơn vị bổ sung minh chứng sau khi nộp");
      b.choose("scoring-unit", UNIT);
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("save-1.1.a")).isEmpty());
      b.clear("points-1.1.a");
      b.type("points-1.1.a", "29");
      b.driver.findElement(By.id("save-1.1.a")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("scoring-message").contains("Đã lưu điểm tiêu chí 1.1.a"));

      // While reopened, its scores do not count; the ranking says so.
      b.open("lam-viec/xep-hang");
      pickYear(b, "ranking-year", "2026");
      Browser.until(Duration.ofSeconds(30), () -> b.text("ranking-co_quan").contains(UNIT));
      assertThat(b.text("ranking-sheets")).contains("Chỉ tính điểm của phiếu chấm đã nộp");
      assertThat(rowOf(b, "ranking-co_quan", UNIT)).containsSubsequence("22", "22");
    } finally {
      admin.threshold(80);
    }
  }

  // --- the page ---

  /** Picks a year unless it is already the one shown. */
  private static void pickYear(Browser b, String id, String year) {
    Browser.until(Duration.ofSeconds(30), () -> !b.driver.findElements(By.id(id)).isEmpty());
    if (!b.text(id).contains(year)) {
      b.choose(id, year);
    }
    b.waitForVaadin();
  }

  /** The cells of the table's row naming {@code unit}, joined by " | ". */
  private static String rowOf(Browser b, String table, String unit) {
    Object row =
        b.js(
            "const t = document.getElementById(arguments[0]); if (!t) return '';"
                + " const r = Array.from(t.querySelectorAll('tbody tr'))"
                + ".find(r => r.cells[1] && r.cells[1].textContent.trim() === arguments[1]);"
                + " return r ? Array.from(r.cells).map(c => c.textContent.trim()).join(' | ') : '';",
            table,
            unit);
    return row == null ? "" : row.toString();
  }

  // --- outside the page ---

  /** A score written straight to Strapi with an office account's own JWT: the status code. */
  private static int strapiScoreAttempt(String username, String passwordSecret)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/api/auth/local"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of(
                                "identifier",
                                username,
                                "password",
                                TestStack.secret(passwordSecret)))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("office sign-in at Strapi: %s", login.body()).isEqualTo(200);
    String jwt = JSON.readTree(login.body()).path("jwt").asString();
    HttpResponse<String> write =
        http.send(
            HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/api/scores"))
                .header("Authorization", "Bearer " + jwt)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString("{\"data\":{\"year\":2026,\"points\":30}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return write.statusCode();
  }

  /** The commune's administrator, through Strapi's admin API as the admin panel does. */
  private static final class StrapiAdmin {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String jwt;

    StrapiAdmin() throws IOException, InterruptedException {
      String body =
          JSON.writeValueAsString(
              Map.of(
                  "email", TestStack.secret("STRAPI_ADMIN_EMAIL"),
                  "password", TestStack.secret("STRAPI_ADMIN_PASSWORD")));
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(TestStack.strapiUrl() + "/admin/login"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("admin sign-in: %s", r.body()).isEqualTo(200);
      jwt = JSON.readTree(r.body()).path("data").path("token").asString();
    }

    void threshold(int percent) throws IOException, InterruptedException {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          TestStack.strapiUrl()
                              + "/content-manager/single-types/api::site-setting.site-setting"))
                  .header("Authorization", "Bearer " + jwt)
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"eligibilityThresholdPercent\":" + percent + "}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("threshold set: %s", r.body()).isEqualTo(200);
    }
  }
}
