package vn.thidua.portal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.RichText;

/** The one renderer of stories: existing Markdown keeps rendering, hostile content never runs. */
class StoryBodyTest {

  @Test
  void an_existing_markdown_story_renders_bold_headings_and_images_not_raw_marks() {
    String html =
        StoryBody.html(
            RichText.of("## Kết quả\n\nĐã **hoàn thành** 95%.\n\n![Ảnh](/uploads/a_1.jpg)"), "d1");

    assertThat(html)
        .contains("<h2>Kết quả</h2>")
        .contains("<strong>hoàn thành</strong>")
        .doesNotContain("**")
        .contains("<img src=\"/tep/tin-bai/d1/a_1.jpg\"");
  }

  @Test
  void html_and_script_written_into_a_story_in_strapi_are_neutralised() {
    String html =
        StoryBody.html(
            RichText.of(
                "Xin chào <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                    + "[bấm](javascript:alert(3)) <a href=\"javascript:alert(4)\">a</a>"
                    + " <div style=\"position:fixed\" onclick=\"alert(5)\">x</div>"),
            "d1");

    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("onerror")
        .doesNotContain("javascript:")
        .doesNotContain("onclick")
        .doesNotContain("style=")
        .contains("Xin chào");
  }

  @Test
  void the_same_text_renders_to_the_same_html_every_time() {
    RichText text = RichText.of("- a\n- b\n\n[x](https://example.org)");

    assertThat(StoryBody.html(text, "d1")).isEqualTo(StoryBody.html(text, "d1"));
  }
}
