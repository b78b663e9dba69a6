package vn.thidua.portal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

class ReminderListTest {

  private static final ReportDeadline DEADLINE =
      ReportDeadline.of(1, 12, 2026, ExportFixtures.CLOCK);

  private static Unit unit(String name, String contact, String email, String phone) {
    return new Unit(
        1, name, name, null, UnitKind.MAT_TRAN_DOAN_THE, null, contact, email, phone, "Thôn Tây");
  }

  private static byte[] write(List<ComplianceBoard.Row> rows) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReminderList.writeXlsx(DEADLINE, rows, ExportFixtures.vietnamese(), out);
    return out.toByteArray();
  }

  @Test
  void the_spreadsheet_lists_only_the_units_to_remind_with_their_contacts_as_text()
      throws Exception {
    List<ComplianceBoard.Row> rows =
        List.of(
            new ComplianceBoard.Row(
                unit("Trạm Y tế xã Đại Sơn", "Lê Thị Hoa", "tyt@daison.example", "0225 3812 345"),
                null,
                Compliance.ON_TIME),
            new ComplianceBoard.Row(
                unit("Thôn Tây", "Phạm Văn Nam", "thontay@daison.example", "0912 345 678"),
                null,
                Compliance.MISSING),
            new ComplianceBoard.Row(
                unit("Hội Nông dân xã", null, null, null), null, Compliance.NOT_YET_DUE),
            new ComplianceBoard.Row(
                unit("Hợp tác xã Nông nghiệp Đông Sơn", "A", "b", "c"), null, Compliance.LATE));

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(rows)))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      assertThat(f.formatCellValue(sheet.getRow(0).getCell(0)))
          .isEqualTo("Danh sách đơn vị cần nhắc nộp báo cáo năm 2026 (hạn 01/12/2026)");
      Row head = sheet.getRow(2);
      assertThat(f.formatCellValue(head.getCell(4))).isEqualTo("Người liên hệ");
      assertThat(sheet.getLastRowNum()).as("two units to remind").isEqualTo(4);
      Row thon = sheet.getRow(3);
      assertThat(f.formatCellValue(thon.getCell(1))).isEqualTo("Thôn Tây");
      assertThat(f.formatCellValue(thon.getCell(3))).isEqualTo("Chưa nộp (đã quá hạn)");
      assertThat(f.formatCellValue(thon.getCell(5))).isEqualTo("thontay@daison.example");
      assertThat(thon.getCell(6).getCellType()).as("a phone stays text").isEqualTo(CellType.STRING);
      assertThat(thon.getCell(6).getStringCellValue()).isEqualTo("0912 345 678");
      Row hoi = sheet.getRow(4);
      assertThat(f.formatCellValue(hoi.getCell(1))).isEqualTo("Hội Nông dân xã");
      assertThat(f.formatCellValue(hoi.getCell(4))).as("missing contact left blank").isEmpty();
    }
  }

  @Test
  void a_year_where_everyone_sent_says_so() throws Exception {
    List<ComplianceBoard.Row> rows =
        List.of(new ComplianceBoard.Row(unit("Thôn Tây", "", "", ""), null, Compliance.ON_TIME));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(write(rows)))) {
      assertThat(new DataFormatter().formatCellValue(book.getSheetAt(0).getRow(3).getCell(1)))
          .isEqualTo("Không có đơn vị nào cần nhắc.");
    }
  }
}
