package vn.thidua.portal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

  @Test
  void the_chart_is_an_image_with_a_title_a_description_and_one_titled_bar_per_figure() {
    String svg =
        BarChart.svg(
            "c1",
            "Sáng kiến theo lĩnh vực",
            "Số liệu trong bảng bên cạnh",
            List.of(
                new BarChart.Bar("Chuyển đổi số", 24), new BarChart.Bar("Chuyển đổi xanh", 12)));

    assertThat(svg)
        .startsWith("<svg")
        .contains("role=\"img\"")
        .contains("aria-labelledby=\"c1-title c1-desc\"")
        .contains("<title id=\"c1-title\">Sáng kiến theo lĩnh vực</title>")
        .contains("<desc id=\"c1-desc\">Số liệu trong bảng bên cạnh</desc>")
        .contains("<title>Chuyển đổi số: 24</title>")
        .contains("<title>Chuyển đổi xanh: 12</title>");
    // The largest figure takes the whole width (280), the others in proportion.
    assertThat(svg).contains("width=\"280\"").contains("width=\"140\"");
  }

  @Test
  void labels_are_escaped_and_zero_draws_no_bar() {
    String svg = BarChart.svg("c2", "<b>", "d", List.of(new BarChart.Bar("A & <script>", 0)));

    assertThat(svg).doesNotContain("<script>").contains("A &amp; &lt;script&gt;");
    assertThat(svg).contains("width=\"0\"");
  }
}
