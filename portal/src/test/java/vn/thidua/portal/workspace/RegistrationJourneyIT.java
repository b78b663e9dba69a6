package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.portal.TestStack;

/**
 * Registration end to end on the running stack (issue 12): outside the window a unit is told when
 * it is; the commune's administrator opens the window in Strapi; the unit ticks criteria of its
 * kind, gives targets, picks the award form, saves, comes back and edits its draft, submits; the
 * reviewer's board shows it registered beside its report.
 */
class RegistrationJourneyIT {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String UNIT = "Hợp tác xã Nông nghiệp Đông Sơn";
  private static final String FORM = "Khen thưởng theo thẩm quyền";

  @Test
  void a_unit_outside_the_window_is_told_when_it_is_and_inside_it_registers_edits_and_submits()
      throws Exception {
    StrapiAdmin admin = new StrapiAdmin();
    LocalDate today = LocalDate.now(VN);
    int year = today.getYear();
    try (Browser b = new Browser()) {
      // 1. A window that does not hold today: the unit reads when it is, and finds no form.
      boolean endsBeforeToday = today.getDayOfYear() > 1;
      LocalDate opens = endsBeforeToday ? LocalDate.of(year, 1, 1) : today.plusDays(1);
      LocalDate closes = endsBeforeToday ? today.minusDays(1) : LocalDate.of(year, 12, 31);
      admin.window(opens, closes);
      b.signIn("donvi.htxdongson", "DEMO_PASSWORD_UNIT");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/don-vi"));
      b.driver.findElement(By.id("my-registration-link")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.getCurrentUrl().endsWith("lam-viec/don-vi/dang-ky-thi-dua"));
      b.waitForVaadin();
      assertThat(b.text("registration-window"))
          .contains(endsBeforeToday ? "Đã hết thời gian đăng ký" : "Chưa đến thời gian đăng ký")
          .contains(opens.format(DAY))
          .contains(closes.format(DAY));
      assertThat(b.text("registration-status")).contains("Chưa đăng ký");
      assertThat(b.driver.findElements(By.id("registration-save"))).isEmpty();

      // 2. The administrator opens the window for the whole year; the unit registers a draft.
      admin.window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      b.open("lam-viec/don-vi/dang-ky-thi-dua");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("registration-window").contains("Đang trong thời gian đăng ký"));
      assertThat(b.text("registration-body"))
          .as("the criteria of its kind (1.3, enterprises) only")
          .contains("1.3.a")
          .contains("1.3.d")
          .doesNotContain("1.1.a")
          .doesNotContain("1.4.a");
      assertThat(b.driver.findElements(By.id("target-1.3.a")))
          .as("1.3.a has no measure, so no target")
          .isEmpty();
      b.driver.findElement(By.id("commit-1.3.b")).click();
      b.type("target-1.3.b", "3");
      b.driver.findElement(By.id("commit-1.3.d")).click();
      b.type("target-1.3.d", "95");
      b.choose("award-form", FORM);
      b.driver.findElement(By.id("registration-save")).click();
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("registration-message").contains("Đã lưu bản nháp"));
      assertThat(b.text("registration-status")).contains("Bản nháp");

      // 3. It comes back later and edits its draft: drops 1.3.d, adds 1.3.a, raises a target.
      b.open("lam-viec/don-vi/dang-ky-thi-dua");
      Browser.until(Duration.ofSeconds(30), () -> "3".equals(b.value("target-1.3.b")));
      assertThat(b.value("target-1.3.d")).isEqualTo("95");
      b.driver.findElement(By.id("commit-1.3.d")).click();
      b.driver.findElement(By.id("commit-1.3.a")).click();
      WebElement target = b.input("target-1.3.b");
      target.sendKeys(Keys.END, Keys.BACK_SPACE, "5", Keys.TAB);

      // 4. It submits; from now on it reads what it registered and changes nothing.
      b.driver.findElement(By.id("registration-submit")).click();
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.text("registration-message").contains("Đã gửi đăng ký thi đua"));
      assertThat(b.text("registration-status")).contains("Đã gửi lúc").contains("donvi.htxdongson");
      assertThat(b.text("registration-commitments"))
          .contains("1.3.a")
          .contains("1.3.b")
          .contains("chỉ tiêu 5 số giải pháp công nghệ")
          .doesNotContain("1.3.d");
      assertThat(b.text("registration-award-form")).contains(FORM);
      assertThat(b.driver.findElements(By.id("registration-save"))).isEmpty();

      // 5. The reviewer's board shows the unit registered, beside its report.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      Browser.until(
          Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith("lam-viec/tham-dinh"));
      Browser.until(Duration.ofSeconds(30), () -> b.cells("compliance-board").contains(UNIT));
      String row = rowOf(b, UNIT);
      assertThat(row).contains("Đã đăng ký");
      assertThat(rowOf(b, "Thôn Tây")).contains("Chưa đăng ký");
      assertThat(b.text("registration-summary")).contains("đã đăng ký thi đua");
    } finally {
      admin.window(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
    }
  }

  /** The cells of the board's row whose first cell is {@code unit}, joined by " | ". */
  private static String rowOf(Browser b, String unit) {
    String cells = b.cells("compliance-board");
    String[] parts = cells.split(" \\| ");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].strip().equals(unit)) {
        StringBuilder row = new StringBuilder();
        for (int j = i; j < Math.min(parts.length, i + 6); j++) {
          row.append(parts[j]).append(" | ");
        }
        return row.toString();
      }
    }
    throw new AssertionError(unit + " is not on the board: " + cells);
  }

  /**
   * The commune's administrator, through Strapi's admin API as the admin panel does: the window is
   * content, so the test moves it the way a person would.
   */
  static final class StrapiAdmin {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String jwt;

    StrapiAdmin() throws IOException, InterruptedException {
      String body =
          JsonMapper.builder()
              .build()
              .writeValueAsString(
                  java.util.Map.of(
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
      jwt = JsonMapper.builder().build().readTree(r.body()).path("data").path("token").asString();
    }

    void window(LocalDate opens, LocalDate closes) throws IOException, InterruptedException {
      String body =
          """
          {"registrationOpensDay":%d,"registrationOpensMonth":%d,
           "registrationClosesDay":%d,"registrationClosesMonth":%d}
          """
              .formatted(
                  opens.getDayOfMonth(),
                  opens.getMonthValue(),
                  closes.getDayOfMonth(),
                  closes.getMonthValue());
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          TestStack.strapiUrl()
                              + "/content-manager/single-types/api::site-setting.site-setting"))
                  .header("Authorization", "Bearer " + jwt)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as("window set: %s", r.body()).isEqualTo(200);
    }
  }
}
