package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A reader of the English portal reads the content in English where Strapi holds a translation (the
 * seeded plan vocabulary and columns) and in Vietnamese where it holds none (the seeded stories),
 * on the running stack.
 */
class EnglishContentIT {

  private static final String UNTRANSLATED_STORY =
      "Công ty Cổ phần May Đại Sơn giảm 78% lượng rác phải chôn lấp nhờ phân loại tại nguồn";

  private static void readIn(Browser browser, String language) {
    browser.open("");
    browser.driver.manage().deleteAllCookies();
    // The portal reads its language from this cookie when a session starts (the switch sets it).
    browser.driver.manage().addCookie(new Cookie("portal-lang", language));
  }

  private static String main(Browser browser) {
    return browser.driver.findElement(By.tagName("main")).getText();
  }

  @Test
  void the_plan_in_english_shows_its_english_title_phases_and_award_forms() throws Exception {
    try (Browser browser = new Browser()) {
      readIn(browser, "en");
      browser.open("ke-hoach");
      Browser.until(Duration.ofSeconds(30), () -> main(browser).contains("Phase 1 (2026–2027)"));

      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .startsWith("Plan for the emulation movement");
      assertThat(main(browser))
          .contains("Phase 2 (2028–2030)", "Certificate of Merit of the Prime Minister")
          .doesNotContain("Giai đoạn 1 (từ 2026 - 2027)");
    }
  }

  @Test
  void the_columns_read_in_english_and_a_story_without_translation_in_vietnamese()
      throws Exception {
    try (Browser browser = new Browser()) {
      readIn(browser, "en");
      browser.open("tin-bai");
      Browser.until(Duration.ofSeconds(30), () -> main(browser).contains("Green transformation"));

      assertThat(main(browser))
          .contains("Leading examples", "Digital transformation", UNTRANSLATED_STORY)
          .doesNotContain("Điển hình tiên tiến");

      browser.open("tin-bai/cong-ty-may-dai-son-phan-loai-rac-tai-nguon");
      Browser.until(Duration.ofSeconds(30), () -> main(browser).contains(UNTRANSLATED_STORY));
      assertThat(main(browser)).as("its column, translated").contains("Green transformation");
    }
  }

  @Test
  void a_vietnamese_reader_still_reads_the_vietnamese_plan() throws Exception {
    try (Browser browser = new Browser()) {
      readIn(browser, "vi");
      browser.open("ke-hoach");
      Browser.until(
          Duration.ofSeconds(30), () -> main(browser).contains("Giai đoạn 1 (từ 2026 - 2027)"));

      assertThat(main(browser)).doesNotContain("Phase 1 (2026–2027)");
    }
  }
}
