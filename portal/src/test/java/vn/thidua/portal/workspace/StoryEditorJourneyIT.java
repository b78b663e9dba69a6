package vn.thidua.portal.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.thidua.portal.browser.Axe;

/**
 * Issue 17, editors: a communications officer writes a story in the portal's rich-text editor
 * (heading, list, link, an image uploaded to the media library with its description) without typing
 * any Markdown, previews it — the very HTML of the public page — publishes it, a reader sees it,
 * and an edit after publishing shows as "changed since publishing" while the public page and its
 * address stay as published.
 */
class StoryEditorJourneyIT {

  @TempDir Path dir;

  @Test
  void an_editor_writes_previews_and_publishes_a_rich_story_that_readers_get_as_previewed()
      throws Exception {
    Path photo = dir.resolve("tram-y-te.png");
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().setColor(Color.ORANGE);
    image.getGraphics().fillRect(0, 0, 64, 48);
    ImageIO.write(image, "png", photo.toFile());
    String marker = "So hoa tram y te " + System.currentTimeMillis();

    try (Browser b = new Browser()) {
      b.signIn("bientap", "DEMO_PASSWORD_EDITOR");
      b.open("lam-viec/bien-tap");
      Browser.until(
          Duration.ofSeconds(30), () -> !b.driver.findElements(By.id("story-body-area")).isEmpty());
      assertThat(Axe.violations(b.driver)).as("axe on the editor page").isEmpty();

      b.driver.findElement(By.cssSelector("#story-title input")).sendKeys(marker);
      WebElement area = b.driver.findElement(By.id("story-body-area"));
      area.click();
      area.sendKeys("Kết quả năm 2026");
      click(b, "story-h2");
      Browser.until(Duration.ofSeconds(10), () -> innerHtml(b, "story-body-area").contains("<h2>"));
      area.sendKeys(Keys.END, Keys.ENTER, "Trạm y tế đã số hóa hồ sơ sức khỏe.", Keys.ENTER);
      click(b, "story-ul");
      Browser.until(Duration.ofSeconds(10), () -> innerHtml(b, "story-body-area").contains("<ul>"));
      area.sendKeys("Hồ sơ điện tử", Keys.ENTER, "Khám từ xa", Keys.ENTER, Keys.ENTER);
      area.sendKeys("Trang của xã");
      new Actions(b.driver).keyDown(Keys.SHIFT).sendKeys(Keys.HOME).keyUp(Keys.SHIFT).perform();
      click(b, "story-link");
      Browser.until(
          Duration.ofSeconds(10), () -> !b.driver.findElements(By.id("story-link-url")).isEmpty());
      b.driver
          .findElement(By.cssSelector("#story-link-url input"))
          .sendKeys("https://daison.haiphong.gov.vn/");
      click(b, "story-link-insert");
      Browser.until(
          Duration.ofSeconds(10), () -> innerHtml(b, "story-body-area").contains("<a href="));
      area.sendKeys(Keys.END, Keys.ENTER);

      // An image: uploaded to the media library from the dialog, described, inserted.
      click(b, "story-image");
      Browser.until(
          Duration.ofSeconds(10),
          () -> !b.driver.findElements(By.id("story-image-upload")).isEmpty());
      b.upload("story-image-upload", photo);
      Browser.until(
          Duration.ofSeconds(60),
          () -> b.driver.findElement(By.id("story-image-pick")).getText().contains("tram-y-te"));
      click(b, "story-image-insert");
      assertThat(b.bodyText()).as("the description is required").contains("mô tả ảnh");
      b.driver
          .findElement(By.cssSelector("#story-image-alt input"))
          .sendKeys("Cán bộ trạm y tế nhập hồ sơ");
      click(b, "story-image-insert");
      Browser.until(Duration.ofSeconds(10), () -> innerHtml(b, "story-body-area").contains("<img"));

      b.driver.findElement(By.cssSelector("#story-tags input")).sendKeys("y tế, chuyển đổi số");
      b.driver.findElement(By.cssSelector("#story-featured input")).click();

      // The preview saves the draft and shows the page's own HTML: a heading, not raw marks.
      click(b, "story-preview");
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              !b.driver.findElements(By.id("story-preview-body")).isEmpty()
                  && innerHtml(b, "story-preview-body").contains("<img"));
      String preview = innerHtml(b, "story-preview-body");
      assertThat(preview)
          .contains("<h2>Kết quả năm 2026</h2>")
          .contains("<li>Hồ sơ điện tử</li>")
          .contains("href=\"https://daison.haiphong.gov.vn/\"")
          .contains("alt=\"Cán bộ trạm y tế nhập hồ sơ\"")
          .doesNotContain("**")
          .doesNotContain("##");
      assertThat(b.text("story-state")).contains("Bản nháp");

      click(b, "story-publish");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.driver.findElement(By.id("story-public-link")).isDisplayed());
      String link = b.driver.findElement(By.id("story-public-link")).getAttribute("href");
      assertThat(link)
          .as("the slug follows the title")
          .endsWith("/tin-bai/so-hoa-tram-y-te-" + marker.replaceAll("\\D", ""));
      Browser.until(
          Duration.ofSeconds(30), () -> b.cells("story-drafts").contains(marker + " | Đã đăng"));

      // An edit after publishing: the list says readers do not see it yet; publishing again ends
      // it.
      area = b.driver.findElement(By.id("story-body-area"));
      area.click();
      area.sendKeys(Keys.CONTROL, Keys.END);
      area.sendKeys(Keys.ENTER, "Cập nhật sau khi đăng.");
      click(b, "story-preview");
      Browser.until(
          Duration.ofSeconds(30),
          () -> innerHtml(b, "story-preview-body").contains("Cập nhật sau khi đăng."));
      preview = innerHtml(b, "story-preview-body");
      Browser.until(
          Duration.ofSeconds(30),
          () -> b.cells("story-drafts").contains(marker + " | Đã sửa sau khi đăng"));
      assertThat(b.text("story-state")).contains("Đã sửa sau khi đăng");
      click(b, "story-publish");
      Browser.until(
          Duration.ofSeconds(30), () -> b.cells("story-drafts").contains(marker + " | Đã đăng"));
      assertThat(b.cells("story-drafts")).doesNotContain(marker + " | Đã sửa sau khi đăng");

      // A reader sees exactly what the preview showed, the image included.
      b.signOut();
      b.driver.get(link);
      b.waitForVaadin();
      String published =
          (String)
              b.js("return document.querySelector('.portal-story > .portal-richtext').innerHTML;");
      assertThat(published).isEqualTo(preview);
      // The image itself reaches the signed-out reader (Strapi serves it because the published
      // story holds it).
      Browser.until(
          Duration.ofSeconds(30),
          () ->
              Boolean.TRUE.equals(
                  b.js(
                      "const i = document.querySelector('.portal-story > .portal-richtext img');"
                          + " return !!i && i.complete && i.naturalWidth > 0;")));
    }
  }

  private static String innerHtml(Browser b, String id) {
    Object html =
        b.js("const e = document.getElementById(arguments[0]); return e ? e.innerHTML : '';", id);
    return html == null ? "" : html.toString();
  }

  /** Clicks a button as a person does (the toolbar keeps the text's selection on mouse down). */
  private static void click(Browser b, String id) {
    Browser.until(
        Duration.ofSeconds(10),
        () -> {
          List<WebElement> found = b.driver.findElements(By.id(id));
          return !found.isEmpty() && found.getFirst().isDisplayed() && found.getFirst().isEnabled();
        });
    b.driver.findElement(By.id(id)).click();
    b.waitForVaadin();
  }
}
