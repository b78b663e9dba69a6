package vn.thidua.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thidua.portal.workspace.Browser;

/**
 * WCAG 2.1 A and AA rules checked by a tool on every public page: <a
 * href="https://github.com/dequelabs/axe-core">axe-core</a> runs in Chromium on the rendered page
 * (colour contrast, names of links, buttons and fields, landmarks, headings, language, document
 * title, …), at phone width and at desktop width. A violation fails the test with the rule, the
 * elements and axe's explanation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

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

  @ParameterizedTest(name = "/{0} at {1} px")
  @CsvSource({
    "'', 375, Hạn gửi báo cáo năm",
    "'', 1280, Hạn gửi báo cáo năm",
    "ke-hoach, 375, Thi đua chuyển đổi xanh",
    "ke-hoach, 1280, Thi đua chuyển đổi xanh",
    "tin-bai, 375, Thôn Bắc Sơn",
    "tin-bai/thon-bac-son-nhom-zalo-nhan-phan-anh, 375, nhóm Zalo",
    "sang-kien, 375, sáng kiến",
    "sang-kien, 1280, sáng kiến",
    "khen-thuong, 375, Hợp tác xã Nông nghiệp Đông Sơn",
    "tien-do, 375, Báo cáo đã nhận theo năm",
    "tien-do, 1280, Báo cáo đã nhận theo năm",
    "tim-kiem?q=chuyen+doi+so, 375, Kết quả",
    "tim-kiem?q=chuyen+doi+so, 1280, Kết quả",
    "dang-nhap, 375, Đăng nhập",
    "dia-chi-khong-co, 375, Không tìm thấy trang này"
  })
  void the_page_meets_wcag_2_1_aa(String path, int width, String expectedText) {
    driver.manage().window().setSize(new Dimension(width, 900));
    driver.get(Browser.portalUrl() + "/" + path);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), expectedText));
    List<String> violations = Axe.violations(driver);
    assertThat(violations)
        .as("axe-core WCAG 2.1 AA violations on /%s at %d px", path, width)
        .isEmpty();
  }

  /**
   * Keyboard only: the first Tab reaches the skip link, which takes focus to the content; Tabs
   * reach the search box (never losing the focus to the page itself on the way), and typing words
   * then Enter opens the results.
   */
  @org.junit.jupiter.api.Test
  void a_keyboard_user_skips_to_the_content_and_searches() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    driver.get(Browser.portalUrl() + "/");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Hạn gửi báo cáo"));
    org.openqa.selenium.interactions.Actions keys =
        new org.openqa.selenium.interactions.Actions(driver);
    keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Bỏ qua, đến nội dung chính");
    keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    wait.until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));

    driver.get(Browser.portalUrl() + "/");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Hạn gửi báo cáo"));
    boolean inSearch = false;
    for (int i = 0; i < 15 && !inSearch; i++) {
      keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
      org.openqa.selenium.WebElement active = driver.switchTo().activeElement();
      assertThat(active.getTagName()).isNotEqualTo("body");
      inSearch = "input".equals(active.getTagName());
    }
    assertThat(inSearch).as("the search box is reached by Tab").isTrue();
    keys.sendKeys("nuoc sach").sendKeys(org.openqa.selenium.Keys.ENTER).perform();
    wait.until(ExpectedConditions.urlContains("tim-kiem"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "nuoc sach"));
  }

  /** The audit itself works: a grey-on-white paragraph and a nameless button are reported. */
  @org.junit.jupiter.api.Test
  void the_audit_reports_poor_contrast_and_a_nameless_button() {
    driver.manage().window().setSize(new Dimension(375, 900));
    driver.get(Browser.portalUrl() + "/");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Hạn gửi báo cáo"));
    driver.executeScript(
        """
        const p = document.createElement('p');
        p.textContent = 'Chữ xám nhạt khó đọc';
        p.style.color = '#c8c8c8';
        p.style.background = '#ffffff';
        document.querySelector('main').append(p, document.createElement('button'));
        """);
    assertThat(Axe.violations(driver))
        .anySatisfy(v -> assertThat(v).startsWith("color-contrast"))
        .anySatisfy(v -> assertThat(v).startsWith("button-name"));
  }
}
