package vn.thidua.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The units to remind of a year's report (not sent, before or after the deadline), as a spreadsheet
 * the reviewer can call or write from: each unit's kind, where it stands, and its contact person,
 * email, phone and address. Every cell is text, so phone numbers keep their leading zero.
 */
public final class ReminderList {

  static final String[] HEADERS = {
    "export.reminders.no",
    "export.reminders.unit",
    "export.reminders.kind",
    "export.reminders.status",
    "export.reminders.contact",
    "export.reminders.email",
    "export.reminders.phone",
    "export.reminders.address"
  };

  private ReminderList() {}

  /** The rows of the board that need a reminder, in the board's order. */
  public static List<ComplianceBoard.Row> toRemind(List<ComplianceBoard.Row> rows) {
    return rows.stream().filter(r -> r.compliance().needsReminder()).toList();
  }

  /**
   * Writes one sheet: a title with the year and the deadline, a header row, one row per unit to
   * remind.
   *
   * @param rows the board's rows (those that need no reminder are left out)
   */
  public static void writeXlsx(
      ReportDeadline deadline, List<ComplianceBoard.Row> rows, Labels label, OutputStream out)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet =
          book.createSheet(label.get("export.reminders.sheet", Integer.toString(deadline.year())));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row title = sheet.createRow(0);
      text(
          title,
          0,
          label.get(
              "export.reminders.title",
              Integer.toString(deadline.year()),
              Dates.format(deadline.deadline())),
          bold);
      Row head = sheet.createRow(2);
      for (int i = 0; i < HEADERS.length; i++) {
        text(head, i, label.get(HEADERS[i]), bold);
      }
      int r = 3;
      int no = 1;
      for (ComplianceBoard.Row row : toRemind(rows)) {
        Unit u = row.unit();
        Row x = sheet.createRow(r++);
        x.createCell(0).setCellValue(no++);
        text(x, 1, u.name(), null);
        text(x, 2, u.kind() == null ? "" : label.get(u.kind().messageKey()), null);
        text(x, 3, label.get(row.compliance().messageKey()), null);
        text(x, 4, u.contactName(), null);
        text(x, 5, u.contactEmail(), null);
        text(x, 6, u.contactPhone(), null);
        text(x, 7, u.address(), null);
      }
      if (no == 1) {
        text(sheet.createRow(r), 1, label.get("export.reminders.none"), null);
      }
      for (int i = 0; i < HEADERS.length; i++) {
        sheet.autoSizeColumn(i);
      }
      sheet.createFreezePane(2, 3);
      book.write(out);
    }
  }

  private static void text(Row row, int col, @Nullable String value, @Nullable CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
