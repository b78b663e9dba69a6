package vn.thidua.portal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RollUpWorkbookTest {

  @Test
  void the_roll_up_reads_back_as_numbers_per_year_with_targets_and_each_figures_source()
      throws Exception {
    List<Integer> years = List.of(2026, 2027, 2028, 2029, 2030);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RollUpWorkbook.writeXlsx(
        years,
        List.of(
            new RollUpWorkbook.Line(
                "Số buổi tập huấn",
                "buổi",
                "Tất cả các loại đơn vị",
                Arrays.asList(new BigDecimal("1234"), null, null, null, new BigDecimal("12.5")),
                false,
                Arrays.asList(new BigDecimal("1000"), null, null, null, null))),
        List.of(
            new RollUpWorkbook.Figure(
                "Số buổi tập huấn",
                "buổi",
                "Trạm Y tế xã Đại Sơn",
                2026,
                new BigDecimal("1234"),
                "1.000",
                "Đã sửa",
                "r01-000.docx",
                3,
                "thamdinh",
                "29/11/2026 21:00")),
        ExportFixtures.vietnamese(),
        out);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      Row head = sheet.getRow(2);
      assertThat(head.getCell(3).getNumericCellValue()).isEqualTo(2026);
      assertThat(head.getCell(7).getNumericCellValue()).isEqualTo(2030);
      Row line = sheet.getRow(3);
      assertThat(line.getCell(0).getStringCellValue()).isEqualTo("Số buổi tập huấn");
      assertThat(line.getCell(3).getNumericCellValue()).isEqualTo(1234);
      assertThat(line.getCell(4)).as("no figure in 2027: an empty cell, not 0").isNull();
      assertThat(line.getCell(7).getNumericCellValue()).isEqualTo(12.5);
      assertThat(head.getCell(8).getStringCellValue()).isEqualTo("Chỉ tiêu đăng ký 2026");
      assertThat(line.getCell(8).getNumericCellValue())
          .as("the registered target beside the result")
          .isEqualTo(1000);
      assertThat(line.getCell(9)).as("no target in 2027").isNull();
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026–2030");
      Sheet sources = book.getSheetAt(1);
      Row figure = sources.getRow(1);
      assertThat(figure.getCell(2).getStringCellValue()).isEqualTo("Trạm Y tế xã Đại Sơn");
      assertThat(figure.getCell(4).getNumericCellValue()).isEqualTo(1234);
      assertThat(figure.getCell(5).getStringCellValue()).isEqualTo("1.000");
      assertThat(figure.getCell(7).getStringCellValue()).isEqualTo("r01-000.docx");
      assertThat(figure.getCell(8).getNumericCellValue()).isEqualTo(3);
      assertThat(figure.getCell(9).getStringCellValue()).isEqualTo("thamdinh");
    }
  }
}
