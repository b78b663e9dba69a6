package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the words Tesseract read on a scanned page become its text: boxes as Tesseract gives them
 * (pixels at 300 dpi), taken from the corpus's scan r01-006, without running Tesseract.
 */
class ScanReaderTest {

  /** The ruled indicator table of r01-006: three columns, two rows. */
  private static final List<PageLayout.Ruling> TABLE =
      List.of(
          new PageLayout.Ruling(false, 1291, 237, 1625),
          new PageLayout.Ruling(false, 1421, 237, 1625),
          new PageLayout.Ruling(false, 1553, 237, 1625),
          new PageLayout.Ruling(true, 237, 1291, 1553),
          new PageLayout.Ruling(true, 1161, 1291, 1553),
          new PageLayout.Ruling(true, 1425, 1291, 1553),
          new PageLayout.Ruling(true, 1625, 1291, 1553));

  @Test
  void a_bullet_stays_at_the_start_of_its_line_on_a_page_with_a_table() {
    List<Tesseract.Word> words = new ArrayList<>(table());
    // Tesseract's line 15.1.2: the dash is a small box in the middle of the line
    words.add(word("-", 238, 2584, 14, 4, "15.1.2", 2562, 2609));
    words.add(word("Kinh", 268, 2563, 96, 35, "15.1.2", 2562, 2609));
    words.add(word("phí", 380, 2563, 60, 46, "15.1.2", 2562, 2609));
    words.add(word("đầu", 456, 2562, 69, 37, "15.1.2", 2562, 2609));
    words.add(word("tư.", 540, 2570, 42, 28, "15.1.2", 2562, 2609));
    words.add(word("-", 238, 2700, 14, 4, "15.1.3", 2678, 2725));
    words.add(word("Một", 268, 2679, 80, 43, "15.1.3", 2678, 2725));
    words.add(word("bộ", 363, 2679, 47, 43, "15.1.3", 2678, 2725));

    assertThat(text(ScanReader.layout(words, TABLE, 300)))
        .containsSubsequence("- Kinh phí đầu tư.", "- Một bộ");
  }

  @Test
  void a_table_rule_read_as_a_bar_is_neither_text_nor_a_cell_of_its_own() {
    List<Tesseract.Word> words = new ArrayList<>();
    words.add(word("Chỉ", 600, 1304, 60, 40, "9.1.1", 1300, 1350));
    words.add(word("tiêu", 670, 1304, 70, 40, "9.1.1", 1300, 1350));
    // the rule between the first two cells, read as a word of its own
    words.add(word("|", 1159, 1304, 4, 50, "9.1.1", 1300, 1350));
    words.add(word("Đơn", 1200, 1304, 70, 40, "9.1.1", 1300, 1350));
    words.add(word("vị", 1280, 1304, 40, 40, "9.1.1", 1300, 1350));
    words.add(word("Kết", 1450, 1304, 60, 40, "9.1.1", 1300, 1350));
    words.add(word("quả", 1520, 1304, 60, 40, "9.1.1", 1300, 1350));
    // the rules before a cell's text, read as its first letter, the box a little off
    words.add(word("Số", 250, 1439, 60, 46, "10.1.1", 1435, 1490));
    words.add(word("người", 320, 1439, 100, 46, "10.1.1", 1435, 1490));
    words.add(word("|người", 1169, 1439, 114, 46, "10.1.1", 1435, 1490));
    words.add(word("|977", 1436, 1439, 60, 33, "10.1.1", 1435, 1490));
    // two cells read as one word across the rule between them; an "l" off the rule stays
    words.add(word("Tỷ", 250, 1573, 50, 46, "11.1.1", 1570, 1620));
    words.add(word("lệ", 310, 1573, 40, 46, "11.1.1", 1570, 1620));
    words.add(word("lượng", 1230, 1573, 100, 46, "11.1.1", 1570, 1620));
    words.add(word("tuyến|%", 1000, 1573, 200, 47, "11.1.1", 1570, 1620));
    List<PageLayout.Ruling> rulings = new ArrayList<>(TABLE);
    rulings.add(new PageLayout.Ruling(false, 1685, 237, 1625));
    rulings.replaceAll(
        r -> r.vertical() ? new PageLayout.Ruling(true, r.position(), 1291, 1685) : r);

    assertThat(text(ScanReader.layout(words, rulings, 300)))
        .containsExactly(
            "Chỉ tiêu | Đơn vị | Kết quả", "Số người | người | 977", "Tỷ lệ tuyến | % lượng");
  }

  @Test
  void a_toned_capital_read_among_small_letters_is_small_and_headings_keep_theirs() {
    // As the fast vie model read the generated 110 and 130 dpi scans and a phone scan: the toned
    // capital and small letter differ only in size there.
    List<Tesseract.Word> words =
        List.of(
            word("TRẠM", 238, 100, 150, 40, "1.1.1", 95, 145),
            word("Y", 400, 100, 30, 40, "1.1.1", 95, 145),
            word("TẾ", 440, 100, 60, 40, "1.1.1", 95, 145),
            word("XÃ", 510, 100, 60, 40, "1.1.1", 95, 145),
            word("4", 238, 200, 20, 40, "2.1.1", 195, 245),
            word("SỐ", 270, 200, 60, 40, "2.1.1", 195, 245),
            word("người", 340, 200, 100, 40, "2.1.1", 195, 245),
            word("IIgưỜi", 460, 200, 100, 40, "2.1.1", 195, 245),
            word("TỶ", 238, 300, 60, 40, "3.1.1", 295, 345),
            word("lệ", 310, 300, 40, 40, "3.1.1", 295, 345),
            word("kỹ", 238, 400, 40, 40, "4.1.1", 395, 445),
            word("năng", 290, 400, 80, 40, "4.1.1", 395, 445),
            word("SỐ", 380, 400, 60, 40, "4.1.1", 395, 445),
            word("UBND", 238, 500, 90, 40, "5.1.1", 495, 545),
            word("xã", 340, 500, 40, 40, "5.1.1", 495, 545),
            word("ĐVT", 390, 500, 70, 40, "5.1.1", 495, 545),
            word("kWp", 470, 500, 60, 40, "5.1.1", 495, 545));

    assertThat(text(ScanReader.layout(words, List.of(), 300)))
        .containsExactly(
            "TRẠM Y TẾ XÃ", "4 Số người IIgười", "Tỷ lệ", "kỹ năng số", "UBND xã ĐVT kWp");
  }

  @Test
  void capitals_that_differ_from_small_letters_only_in_size_are_small_among_small_letters() {
    // As the fast vie model read the 150 dpi scan of a borderless table: "hồ SƠ SỨC", the cell's
    // line ending there and the next column's text following on Tesseract's line.
    List<Tesseract.Word> words = new ArrayList<>();
    words.addAll(words("quản lý hồ SƠ SỨC Chuyển đổi số", 240, 100, "1.1.1"));
    words.addAll(words("hoàn thành XUẤT SẮC nhiệm vụ", 240, 200, "2.1.1"));
    words.addAll(words("các CCVC và SỐ CÔNG SỨC", 240, 300, "3.1.1"));
    words.addAll(words("ỦY BAN NHÂN DÂN XÃ ĐẠI SƠN", 240, 400, "4.1.1"));

    assertThat(text(ScanReader.layout(words, List.of(), 300)))
        .containsExactly(
            "quản lý hồ sơ sức Chuyển đổi số",
            "hoàn thành XUẤT SẮC nhiệm vụ",
            "các CCVC và SỐ CÔNG SỨC",
            "ỦY BAN NHÂN DÂN XÃ ĐẠI SƠN");
  }

  @Test
  void syllables_read_without_the_space_between_them_are_two_words() {
    // As the fast vie model read the 150 dpi scan of a borderless table: "hành chínhnỘp trực".
    List<Tesseract.Word> words = new ArrayList<>();
    words.addAll(words("thủ tục hành chínhnỘp trực tuyến", 240, 100, "1.1.1"));
    words.addAll(words("(hànhchính), VietGAP Internet trên", 240, 200, "2.1.1"));

    assertThat(text(ScanReader.layout(words, List.of(), 300)))
        .containsExactly(
            "thủ tục hành chính nộp trực tuyến", "(hành chính), VietGAP Internet trên");
  }

  @Test
  void without_a_table_an_i_or_a_bar_is_left_as_read() {
    List<Tesseract.Word> words =
        List.of(
            word("Internet", 238, 100, 150, 40, "1.1.1", 95, 145),
            word("|", 400, 100, 4, 40, "1.1.1", 95, 145));

    assertThat(text(ScanReader.layout(words, List.of(), 300))).containsExactly("Internet |");
  }

  @Test
  void a_table_without_rules_is_read_cell_by_cell_without_the_specks_between_its_columns() {
    // An unruled indicator table as Tesseract reads a scan of it (300 dpi): its lines across the
    // page, a speck between two header cells read as "—", the "1" of row 1 read as "|".
    List<Tesseract.Word> words = new ArrayList<>();
    words.addAll(words("I. KẾT QUẢ CÁC CHỈ TIÊU", 240, 1000, "8.1.1"));
    words.addAll(words("STT", 240, 1100, "9.1.1"));
    words.addAll(words("Chỉ tiêu", 360, 1100, "9.1.1"));
    words.addAll(words("ĐVT", 950, 1100, "9.1.1"));
    words.addAll(words("Kết quả", 1200, 1100, "9.1.1"));
    words.addAll(words("—", 1365, 1100, "9.1.1"));
    words.addAll(words("Ghi chú", 1420, 1100, "9.1.1"));
    words.addAll(words("|", 250, 1160, "10.1.1"));
    words.addAll(words("Số cán bộ hoàn thành", 360, 1160, "10.1.1"));
    words.addAll(words("người", 950, 1160, "10.1.1"));
    words.addAll(words("6", 1200, 1160, "10.1.1"));
    words.addAll(words("nền tảng học tập số", 360, 1220, "10.1.2"));
    words.addAll(words("2", 250, 1280, "10.1.3"));
    words.addAll(words("Khối lượng rác thải", 360, 1280, "10.1.3"));
    words.addAll(words("kg/tháng", 950, 1280, "10.1.3"));
    words.addAll(words("865", 1200, 1280, "10.1.3"));
    words.addAll(words("Vượt kế", 1420, 1280, "10.1.3"));
    words.addAll(words("nhựa giảm", 360, 1340, "10.1.4"));
    words.addAll(words("hoạch", 1420, 1340, "10.1.4"));
    words.addAll(words("Trên đây là báo cáo kết quả thực hiện phong trào", 240, 1460, "11.1.1"));

    assertThat(text(ScanReader.layout(words, List.of(), 300)))
        .containsExactly(
            "I. KẾT QUẢ CÁC CHỈ TIÊU",
            "STT | Chỉ tiêu | ĐVT | Kết quả | Ghi chú",
            "Số cán bộ hoàn thành nền tảng học tập số | người | 6",
            "2 | Khối lượng rác thải nhựa giảm | kg/tháng | 865 | Vượt kế hoạch",
            "Trên đây là báo cáo kết quả thực hiện phong trào");
  }

  /** The words of {@code text} from {@code left}, 22 pixels a letter, on a line 50 pixels high. */
  private static List<Tesseract.Word> words(String text, int left, int top, String line) {
    List<Tesseract.Word> words = new ArrayList<>();
    int x = left;
    for (String w : text.split(" ")) {
      words.add(word(w, x, top, w.length() * 22, 40, line, top, top + 50));
      x += w.length() * 22 + 15;
    }
    return words;
  }

  private static List<Tesseract.Word> table() {
    return List.of(
        word("Chỉ", 600, 1304, 60, 40, "9.1.1", 1300, 1350),
        word("Đơn", 1200, 1304, 70, 40, "9.1.1", 1300, 1350),
        word("Kết", 1450, 1304, 60, 40, "9.1.1", 1300, 1350),
        word("Số", 250, 1439, 60, 46, "10.1.1", 1435, 1490),
        word("người", 1200, 1439, 100, 46, "10.1.1", 1435, 1490),
        word("977", 1450, 1439, 60, 33, "10.1.1", 1435, 1490));
  }

  private static Tesseract.Word word(
      String text, int left, int top, int width, int height, String line, int lineTop, int bottom) {
    return new Tesseract.Word(text, left, top, width, height, line, lineTop, bottom);
  }

  private static List<String> text(List<PageLayout.Block> blocks) {
    return blocks.stream().map(b -> String.join(" | ", b.cells())).toList();
  }
}
