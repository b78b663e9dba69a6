package vn.thidua.portal.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.RichText;

/** What the rich-text field holds is stored as Markdown that renders as the editor wrote it. */
class StoryMarkdownTest {

  private static String publicHtml(String markdown) {
    return StoryBody.html(RichText.of(markdown), "doc1");
  }

  @Test
  void headings_lists_links_and_images_become_markdown_that_renders_them() {
    String html =
        "<h2>Kết quả năm 2026</h2><p>Trạm y tế đã <b>số hóa</b> hồ sơ <i>sức khỏe</i>.</p>"
            + "<ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>"
            + "<p>Xem <a href=\"https://daison.gov.vn/a\">trang xã</a>.</p>"
            + "<p><img src=\"/tep/tin-bai/doc1/anh_1.png\" alt=\"Cán bộ trạm y tế\"></p>";

    String markdown = StoryMarkdown.fromHtml(html);

    assertThat(markdown)
        .contains("## Kết quả năm 2026")
        .contains("**số hóa**")
        .contains("*sức khỏe*")
        .contains("- Một\n- Hai")
        .contains("1. Ba")
        .contains("[trang xã](https://daison.gov.vn/a)")
        .contains("![Cán bộ trạm y tế](/uploads/anh_1.png)");
    String rendered = publicHtml(markdown);
    assertThat(rendered)
        .contains("<h2>Kết quả năm 2026</h2>")
        .contains("<strong>số hóa</strong>")
        .contains("<li>Một</li>")
        .contains("<ol>")
        .contains("href=\"https://daison.gov.vn/a\"")
        .contains("src=\"/tep/tin-bai/doc1/anh_1.png\"")
        .contains("alt=\"Cán bộ trạm y tế\"");
  }

  @Test
  void a_story_loaded_into_the_editor_and_saved_unchanged_keeps_its_text() {
    String markdown =
        "## Mục một\n\nĐoạn có **đậm** và [liên kết](/ke-hoach).\n\n- a\n- b\n\n"
            + "![Ảnh](/uploads/x_1.jpg)\n";
    String editorHtml = publicHtml(markdown);

    String again = StoryMarkdown.fromHtml(editorHtml);

    assertThat(publicHtml(again)).isEqualTo(editorHtml);
  }

  @Test
  void script_event_handlers_and_javascript_links_pasted_into_the_editor_never_reach_the_page() {
    String hostile =
        "<p>Chào<script>alert(1)</script><img src=x onerror=alert(2) alt=a>"
            + "<a href=\"javascript:alert(3)\">bấm</a><iframe src=\"https://evil.example\"></iframe>"
            + "<svg onload=alert(4)></svg></p>";

    String rendered = publicHtml(StoryMarkdown.fromHtml(hostile));

    assertThat(rendered)
        .doesNotContain("<script")
        .doesNotContain("onerror")
        .doesNotContain("javascript:")
        .doesNotContain("<iframe")
        .doesNotContain("onload")
        .contains("Chào")
        .contains("bấm");
  }

  @Test
  void markdown_and_html_typed_as_text_stay_text() {
    String typed = "<p>1. Không phải danh sách **không đậm** &lt;b&gt;thẻ&lt;/b&gt; # không</p>";

    String rendered = publicHtml(StoryMarkdown.fromHtml(typed));

    assertThat(rendered)
        .doesNotContain("<ol>")
        .doesNotContain("<strong>")
        .doesNotContain("<b>")
        .contains("**không đậm**")
        .contains("&lt;b&gt;thẻ&lt;/b&gt;");
  }

  @Test
  void an_image_without_alt_text_or_from_another_site_is_not_kept() {
    String markdown =
        StoryMarkdown.fromHtml(
            "<p><img src=\"/uploads/a_1.png\"><img src=\"https://tracker.example/p.gif\" alt=\"x\"></p>");

    assertThat(markdown).doesNotContain("![");
  }
}
