package vn.thidua.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.RichText;

class SafeHtmlTest {

  @Test
  void markdown_is_rendered_to_html() {
    String html = SafeHtml.render(RichText.of("Báo cáo của **Trạm Y tế**\n\n- một\n- hai"));

    assertThat(html)
        .contains("<strong>Trạm Y tế</strong>")
        .contains("<li>một</li>")
        .startsWith("<div class=\"portal-richtext\" lang=\"vi\">");
  }

  @Test
  void a_script_in_a_story_is_removed() {
    String html =
        SafeHtml.render(RichText.of("Đoạn đầu\n\n<script>alert('xss')</script>\n\nĐoạn cuối"));

    assertThat(html).doesNotContain("<script").doesNotContain("alert(").contains("Đoạn cuối");
  }

  @Test
  void event_handlers_and_javascript_links_are_removed() {
    String html =
        SafeHtml.render(
            RichText.of(
                "<img src=x onerror=alert(1)> [bấm](javascript:alert(2))"
                    + " <a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a>"
                    + " <iframe src=\"https://evil.example\"></iframe><style>*{}</style>"));

    assertThat(html)
        .doesNotContain("onerror")
        .doesNotContain("onclick")
        .doesNotContain("javascript:")
        .doesNotContain("<iframe")
        .doesNotContain("<style");
  }

  @Test
  void images_from_strapi_go_through_the_portals_file_proxy_and_others_are_dropped() {
    String html =
        SafeHtml.render(
            RichText.of(
                "![Lớp học](/uploads/lop_hoc_ab12.jpg)\n\n![x](https://tracker.example/p.gif)"),
            src -> src.startsWith("/uploads/") ? "/tep/tin-bai/doc1/" + src.substring(9) : src);

    assertThat(html)
        .contains("src=\"/tep/tin-bai/doc1/lop_hoc_ab12.jpg\"")
        .contains("alt=\"Lớp học\"")
        .doesNotContain("tracker.example");
  }

  @Test
  void a_highlight_keeps_only_mark() {
    String html =
        SafeHtml.highlight("lắp <mark>cảm biến</mark> <b>đo</b> <img src=x onerror=alert(1)>");

    assertThat(html)
        .isEqualTo("<span class=\"portal-highlight\">lắp <mark>cảm biến</mark> đo</span>");
  }
}
