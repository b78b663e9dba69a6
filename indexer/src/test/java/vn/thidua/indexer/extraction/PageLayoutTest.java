package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout of a page from its glyphs' positions alone: words placed as a producer would. */
class PageLayoutTest {

  /** Width of a letter and height of a line, in points: a 10-point font, roughly. */
  private static final float LETTER = 5f;

  private static final float HEIGHT = 7f;

  private final List<PageLayout.Glyph> glyphs = new ArrayList<>();

  /** Writes {@code text} from {@code x} on the line at {@code baseline}, a glyph per word. */
  private void write(float x, float baseline, String text) {
    for (String word : text.split(" ")) {
      if (!word.isEmpty()) {
        glyphs.add(new PageLayout.Glyph(word, x, baseline, word.length() * LETTER, HEIGHT, null));
      }
      x += (word.length() + 1) * LETTER;
    }
  }

  private List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (PageLayout.Block block :
        PageLayout.blocks(glyphs, List.of(), PdfPageReader::decode, true)) {
      lines.add(String.join(" | ", block.cells()));
    }
    return lines;
  }

  @Test
  void a_borderless_table_without_a_number_column_has_its_rows_cut_by_the_space_between_them() {
    // Name | unit | result, the names wrapped in their column; rows 18 points apart, the lines of
    // a cell 12.
    write(50, 100, "Chỉ tiêu");
    write(250, 100, "Đơn vị");
    write(330, 100, "Kết quả");
    write(50, 118, "Số hộ dân lắp đặt điện mặt");
    write(250, 118, "hộ");
    write(330, 118, "1.250");
    write(50, 130, "trời mái nhà");
    write(50, 148, "Số lớp Bình dân học vụ số");
    write(250, 148, "lớp");
    write(330, 148, "12");
    write(50, 160, "đã mở tại thôn");
    write(50, 178, "Tỷ lệ hộ phân loại rác");
    write(250, 178, "%");
    write(330, 178, "87,5");

    assertThat(lines())
        .containsExactly(
            "Chỉ tiêu | Đơn vị | Kết quả",
            "Số hộ dân lắp đặt điện mặt trời mái nhà | hộ | 1.250",
            "Số lớp Bình dân học vụ số đã mở tại thôn | lớp | 12",
            "Tỷ lệ hộ phân loại rác | % | 87,5");
  }

  @Test
  void a_paragraph_whose_wide_spaces_line_up_for_a_line_or_two_stays_lines() {
    // Justified lines of few long words leave wide spaces; they never run down a whole block.
    write(50, 100, "Thực hiện    Kế hoạch    số    45/KH-UBND    ngày");
    write(50, 112, "12    tháng    3,    đơn    vị    đã    triển    khai    đồng    bộ");
    write(50, 124, "các nội dung của phong trào thi đua và báo cáo kết quả.");

    assertThat(lines())
        .containsExactly(
            "Thực hiện Kế hoạch số 45/KH-UBND ngày",
            "12 tháng 3, đơn vị đã triển khai đồng bộ",
            "các nội dung của phong trào thi đua và báo cáo kết quả.");
  }

  @Test
  void three_short_lines_set_with_tabs_are_rows_of_their_own_cells() {
    // Every line has text in the first column and the lines are evenly spaced: each is a row.
    write(50, 100, "Họ và tên");
    write(200, 100, "Chức vụ");
    write(320, 100, "Danh hiệu");
    write(50, 112, "Nguyễn Văn An");
    write(200, 112, "Trưởng trạm");
    write(320, 112, "Chiến sĩ thi đua");
    write(50, 124, "Lê Thị Bình");
    write(200, 124, "Y sĩ");
    write(320, 124, "Lao động tiên tiến");

    assertThat(lines())
        .containsExactly(
            "Họ và tên | Chức vụ | Danh hiệu",
            "Nguyễn Văn An | Trưởng trạm | Chiến sĩ thi đua",
            "Lê Thị Bình | Y sĩ | Lao động tiên tiến");
  }
}
