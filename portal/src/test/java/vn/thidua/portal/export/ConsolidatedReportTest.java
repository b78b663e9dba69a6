package vn.thidua.portal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class ConsolidatedReportTest {

  @Test
  void the_spreadsheet_has_one_row_per_unit_with_its_status_dates_initiatives_and_indicators()
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFixtures.writer().writeXlsx(ExportFixtures.year2026(), ExportFixtures.vietnamese(), out);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).contains("năm 2026");
      Row tramYte = sheet.getRow(3);
      assertThat(f.formatCellValue(tramYte.getCell(1))).isEqualTo("Trạm Y tế xã Đại Sơn");
      assertThat(f.formatCellValue(tramYte.getCell(3))).isEqualTo("Nộp đúng hạn");
      assertThat(f.formatCellValue(tramYte.getCell(4))).isEqualTo("02/11/2026");
      assertThat(tramYte.getCell(7).getNumericCellValue()).as("digital").isEqualTo(2);
      assertThat(tramYte.getCell(11).getNumericCellValue()).as("all fields").isEqualTo(3);
      assertThat(f.formatCellValue(tramYte.getCell(12))).contains("1161 người");
      assertThat(f.formatCellValue(sheet.getRow(4).getCell(3))).isEqualTo("Nộp muộn");
      assertThat(f.formatCellValue(sheet.getRow(5).getCell(3))).isEqualTo("Chưa nộp (đã quá hạn)");
      Row total = sheet.getRow(6);
      assertThat(total.getCell(11).getNumericCellValue()).isEqualTo(5);
    }
  }

  private static XWPFDocument docx() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFixtures.writer().writeDocx(ExportFixtures.year2026(), out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void the_report_upward_counts_the_units_and_initiatives_and_names_the_missing() throws Exception {
    try (XWPFDocument doc = docx();
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("Tổng số 3 đơn vị")
          .contains("2 đơn vị đã gửi báo cáo, trong đó 1 đơn vị gửi đúng hạn và 1 đơn vị gửi muộn")
          .contains("tổng số 5 sáng kiến")
          .contains("khẩn trương hoàn thành: Thôn Tây")
          .contains("01/12/2026");
    }
  }

  @Test
  void the_heading_carries_the_issuer_number_motto_and_date_from_the_site_setting()
      throws Exception {
    try (XWPFDocument doc = docx()) {
      var head = doc.getTables().getFirst();
      assertThat(head.getRow(0).getCell(0).getText()).isEqualTo("ỦY BAN NHÂN DÂNXÃ ĐẠI SƠN");
      assertThat(head.getRow(1).getCell(0).getText()).startsWith("Số: ").endsWith("/BC-UBND");
      assertThat(head.getRow(0).getCell(1).getParagraphs())
          .extracting(XWPFParagraph::getText)
          .startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
      assertThat(head.getRow(1).getCell(1).getText())
          .isEqualTo("Đại Sơn, ngày 20 tháng 12 năm 2026");
      assertThat(
              head.getRow(1).getCell(1).getParagraphs().getFirst().getRuns().getFirst().isItalic())
          .isTrue();
    }
  }

  @Test
  void each_unit_kind_lists_its_units_with_report_initiatives_indicators_targets_and_proposals()
      throws Exception {
    try (XWPFDocument doc = docx();
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      String text = words.getText();
      assertThat(text)
          .contains("1. Phòng, cơ quan, đơn vị")
          .contains("a) Trạm Y tế xã Đại Sơn")
          .contains("- Báo cáo: Đã tiếp nhận, gửi ngày 02/11/2026 (Nộp đúng hạn).")
          .contains("- Sáng kiến trong năm: 3 (Chuyển đổi số: 2; Chuyển đổi xanh: 1).")
          .contains(
              "- Chỉ tiêu chính: Số người dân được hướng dẫn kỹ năng số: 1.161 người;"
                  + " Tỷ lệ hồ sơ trực tuyến toàn trình: 87,5%.")
          .contains(
              "- Chỉ tiêu đăng ký: Số người dân được hướng dẫn kỹ năng số: 1.000"
                  + " (số người được phổ cập kỹ năng số).")
          .contains("- Đề xuất khen thưởng: Giấy khen của Chủ tịch UBND xã (được thông qua).")
          .contains("- Chỉ tiêu đăng ký: không đăng ký.")
          .contains("a) Thôn Tây")
          .contains("- Báo cáo: chưa gửi (Chưa nộp (đã quá hạn)).");
      assertThat(text.indexOf("Phòng, cơ quan, đơn vị"))
          .as("one section per kind, in the kinds' order")
          .isLessThan(text.indexOf("Mặt trận, tổ chức chính trị"))
          .isLessThan(text.indexOf("2. "));
    }
  }

  @Test
  void the_movement_totals_show_the_confirmed_indicators_and_the_proposals_by_form()
      throws Exception {
    try (XWPFDocument doc = docx();
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      XWPFTable totals =
          doc.getTables().stream()
              .filter(t -> t.getRow(0).getCell(1).getText().equals("Chỉ tiêu"))
              .findFirst()
              .orElseThrow();
      assertThat(totals.getRow(1).getCell(1).getText())
          .isEqualTo("Số người dân được hướng dẫn kỹ năng số");
      assertThat(totals.getRow(1).getCell(3).getText()).isEqualTo("1.161");
      assertThat(totals.getRow(0).getCell(5).getText()).isEqualTo("Chỉ tiêu đăng ký");
      assertThat(totals.getRow(1).getCell(5).getText())
          .as("the registered targets beside the result")
          .isEqualTo("1.000 (1 đơn vị)");
      assertThat(totals.getRow(2).getCell(5).getText()).as("no unit registered one").isEqualTo("–");
      assertThat(words.getText())
          .contains("Đề nghị khen thưởng: Giấy khen của Chủ tịch UBND xã: 1.");
    }
  }

  @Test
  void the_signature_block_has_the_copies_and_the_signer_from_the_site_setting() throws Exception {
    try (XWPFDocument doc = docx()) {
      XWPFTable foot = doc.getTables().getLast();
      assertThat(foot.getRow(0).getCell(0).getText())
          .startsWith("Nơi nhận:")
          .contains("- UBND thành phố Hải Phòng (để báo cáo);")
          .contains("- Lưu: VT.");
      assertThat(foot.getRow(0).getCell(1).getParagraphs())
          .extracting(XWPFParagraph::getText)
          .containsSubsequence("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình");
    }
  }

  @Test
  void every_run_is_in_times_new_roman_13_or_14_but_the_heading_and_copies() throws Exception {
    try (XWPFDocument doc = docx()) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (var run : p.getRuns()) {
          assertThat(run.getFontFamily()).as(p.getText()).isEqualTo("Times New Roman");
          assertThat(run.getFontSizeAsDouble()).as(p.getText()).isBetween(13.0, 14.0);
        }
      }
    }
  }

  @Test
  void registered_targets_add_up_beside_the_totals_and_a_target_without_result_has_its_line() {
    java.util.List<Consolidation.Figure> totals =
        java.util.List.of(
            new Consolidation.Figure(
                "Số hộ dùng ví điện tử", "hộ", java.math.BigDecimal.valueOf(17), 2, false),
            new Consolidation.Figure("Tỷ lệ", "%", java.math.BigDecimal.valueOf(85), 2, true));
    var targets =
        java.util.List.of(
            new Consolidation.UnitTarget(
                "u1", new Consolidation.Target("Số hộ dùng ví điện tử", "hộ", "1.000")),
            new Consolidation.UnitTarget(
                "u2", new Consolidation.Target("so ho dung vi dien tu", "hộ", "500")),
            // A unit's second registration of the same indicator does not count twice.
            new Consolidation.UnitTarget(
                "u2", new Consolidation.Target("Số hộ dùng ví điện tử", "hộ", "700")),
            new Consolidation.UnitTarget("u1", new Consolidation.Target("Tỷ lệ", "%", "90%")),
            new Consolidation.UnitTarget("u2", new Consolidation.Target("Tỷ lệ", "%", "80")),
            new Consolidation.UnitTarget("u3", new Consolidation.Target("Tỷ lệ", "%", "đạt")),
            new Consolidation.UnitTarget(
                "u3", new Consolidation.Target("Số mô hình mới", "mô hình", "12,5")));
    assertThat(ConfirmedFigure.withTargets(totals, targets))
        .containsExactly(
            new Consolidation.Figure(
                "Số hộ dùng ví điện tử",
                "hộ",
                java.math.BigDecimal.valueOf(17),
                2,
                false,
                java.math.BigDecimal.valueOf(1500),
                2),
            new Consolidation.Figure(
                "Tỷ lệ",
                "%",
                java.math.BigDecimal.valueOf(85),
                2,
                true,
                java.math.BigDecimal.valueOf(85),
                2),
            new Consolidation.Figure(
                "Số mô hình mới", "mô hình", null, 0, false, new java.math.BigDecimal("12.5"), 1));
  }

  @Test
  void confirmed_figures_add_up_per_indicator_and_percentages_are_averaged() {
    var a = new ConfirmedFigure.UnitRef("u1");
    var b = new ConfirmedFigure.UnitRef("u2");
    java.time.Instant t = java.time.Instant.parse("2026-11-20T00:00:00Z");
    var figures =
        ConfirmedFigure.latest(
            java.util.List.of(
                new ConfirmedFigure(
                    a,
                    2026,
                    "Số hộ dùng ví điện tử",
                    null,
                    "hộ",
                    java.math.BigDecimal.valueOf(10),
                    t),
                new ConfirmedFigure(
                    a,
                    2026,
                    "Số hộ dùng ví điện tử",
                    null,
                    "hộ",
                    java.math.BigDecimal.valueOf(12),
                    t.plusSeconds(60)),
                new ConfirmedFigure(
                    b,
                    2026,
                    "so ho dung vi dien tu",
                    null,
                    "hộ",
                    java.math.BigDecimal.valueOf(5),
                    t),
                new ConfirmedFigure(
                    a, 2026, "Tỷ lệ", null, "%", java.math.BigDecimal.valueOf(80), t),
                new ConfirmedFigure(
                    b, 2026, "Tỷ lệ", null, "%", java.math.BigDecimal.valueOf(90), t)));
    assertThat(ConfirmedFigure.sum(figures))
        .as("the later decision of a unit replaces its earlier one; names compare folded")
        .containsExactly(
            new Consolidation.Figure(
                "Số hộ dùng ví điện tử", "hộ", java.math.BigDecimal.valueOf(17), 2, false),
            new Consolidation.Figure("Tỷ lệ", "%", java.math.BigDecimal.valueOf(85), 2, true));
  }
}
