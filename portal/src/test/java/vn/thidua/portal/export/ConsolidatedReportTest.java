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

  @Test
  void the_narrative_counts_the_units_and_initiatives_and_names_the_missing() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportFixtures.writer().writeDocx(ExportFixtures.year2026(), ExportFixtures.vietnamese(), out);

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Tổng số 3 đơn vị")
          .contains("2 đơn vị đã gửi báo cáo, trong đó 1 đơn vị gửi đúng hạn và 1 đơn vị gửi muộn")
          .contains("tổng số 5 sáng kiến")
          .contains("Thôn Tây")
          .contains("01/12/2026")
          .contains("ngày 20 tháng 12 năm 2026");
    }
  }
}
