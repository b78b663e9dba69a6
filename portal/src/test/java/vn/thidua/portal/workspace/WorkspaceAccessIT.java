package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The server guards the workspace routes in a real browser: the anonymous reader is sent to sign
 * in, each role lands in its own workspace, and a role cannot open another role's workspace by
 * typing its address. Screenshots of each workspace go to {@code target/screenshots}.
 */
class WorkspaceAccessIT {

  private static final Path SHOTS = Path.of("target", "screenshots");

  private static void shot(Browser b, String name) throws Exception {
    Files.createDirectories(SHOTS);
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void the_anonymous_reader_is_sent_to_sign_in_from_every_workspace() throws Exception {
    try (Browser b = new Browser()) {
      for (String route :
          new String[] {
            "lam-viec",
            "lam-viec/don-vi",
            "lam-viec/don-vi/sang-kien",
            "lam-viec/tham-dinh",
            "lam-viec/bien-tap",
            "lam-viec/hoi-dong",
            "lam-viec/sang-kien",
            "lam-viec/cham-diem",
            "lam-viec/xep-hang"
          }) {
        b.open(route);
        Browser.until(Duration.ofSeconds(20), () -> b.driver.getCurrentUrl().contains("dang-nhap"));
      }
    }
  }

  @Test
  void each_role_lands_in_its_own_workspace_and_cannot_open_the_others() throws Exception {
    // user, password, landing page, then the workspaces the role must not open
    String[][] roles = {
      {
        "donvi.tramyte",
        "DEMO_PASSWORD_UNIT",
        "lam-viec/don-vi",
        "lam-viec/tham-dinh",
        "lam-viec/sang-kien",
        "lam-viec/cham-diem",
        "lam-viec/xep-hang"
      },
      {"thamdinh", "DEMO_PASSWORD_REVIEWER", "lam-viec/tham-dinh", "lam-viec/don-vi"},
      // Issue 12: the Economy office scores; it neither reviews reports nor sees the council's.
      {
        "kinhte",
        "DEMO_PASSWORD_ECONOMY",
        "lam-viec/cham-diem",
        "lam-viec/tham-dinh",
        "lam-viec/hoi-dong",
        "lam-viec/don-vi"
      },
      {
        "bientap",
        "DEMO_PASSWORD_EDITOR",
        "lam-viec/bien-tap",
        "lam-viec/hoi-dong",
        "lam-viec/sang-kien",
        "lam-viec/cham-diem",
        "lam-viec/xep-hang"
      },
      {
        "hoidong",
        "DEMO_PASSWORD_COUNCIL",
        "lam-viec/hoi-dong",
        "lam-viec/bien-tap",
        "lam-viec/sang-kien",
        "lam-viec/cham-diem"
      },
    };
    try (Browser b = new Browser()) {
      for (String[] role : roles) {
        b.signIn(role[0], role[1]);
        Browser.until(Duration.ofSeconds(30), () -> b.driver.getCurrentUrl().endsWith(role[2]));
        b.waitForVaadin();
        shot(b, role[0]);
        assertThat(b.bodyText()).as(role[0]).doesNotContain("Đã xảy ra lỗi");
        for (int i = 3; i < role.length; i++) {
          String forbidden = role[i];
          b.open(forbidden);
          String text = b.bodyText();
          assertThat(b.driver.getCurrentUrl().endsWith(forbidden) && !looksRefused(text))
              .as("%s must not open %s", role[0], forbidden)
              .isFalse();
        }
      }
      // The reviewer's screen of registered initiatives opens without an error.
      b.signIn("thamdinh", "DEMO_PASSWORD_REVIEWER");
      b.open("lam-viec/sang-kien");
      Browser.until(
          Duration.ofSeconds(30), () -> b.text("initiative-review-summary").contains("xác minh"));
      assertThat(b.bodyText()).doesNotContain("Đã xảy ra lỗi");
      shot(b, "thamdinh-sang-kien");
      b.signIn("donvi.tramyte", "DEMO_PASSWORD_UNIT");
      b.open("lam-viec/don-vi/sang-kien");
      shot(b, "donvi.tramyte-sang-kien");
    }
  }

  /** Vaadin answers a route the role may not open as not found (it does not reveal it exists). */
  private static boolean looksRefused(String text) {
    return text.contains("Không tìm thấy")
        || text.contains("không tìm thấy")
        || text.contains("not found")
        || text.contains("Page not found");
  }
}
