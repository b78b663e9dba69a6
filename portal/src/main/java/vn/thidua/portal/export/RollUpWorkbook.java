package vn.thidua.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The movement's five-year roll-up as a spreadsheet for the mid-term (2027) and final (2030)
 * reviews: one sheet of figures per indicator, unit kind and year (numbers as numbers, so they add
 * up again in a spreadsheet) with the registered targets beside them, one sheet tracing each figure
 * to its unit, file, page and the person who confirmed it.
 */
public final class RollUpWorkbook {

  /**
   * One line of the roll-up.
   *
   * @param unitKind the kind's label, or the "all kinds" label
   * @param values one per year of the header, null where there is no figure
   * @param mean true when the values are means (percentages) rather than sums
   * @param targets the registered targets, added up like the values, one per year (null: none)
   */
  public record Line(
      String indicator,
      @Nullable String measure,
      String unitKind,
      List<@Nullable BigDecimal> values,
      boolean mean,
      List<@Nullable BigDecimal> targets) {

    /** A line without targets. */
    public Line(
        String indicator,
        @Nullable String measure,
        String unitKind,
        List<@Nullable BigDecimal> values,
        boolean mean) {
      this(indicator, measure, unitKind, values, mean, List.of());
    }
  }

  /**
   * One confirmed figure and where it came from.
   *
   * @param target the target the unit registered for it, as typed; null when none
   */
  public record Figure(
      String indicator,
      @Nullable String measure,
      String unit,
      int year,
      BigDecimal value,
      @Nullable String target,
      String decision,
      @Nullable String fileName,
      @Nullable Integer page,
      String decidedBy,
      String decidedAt) {

    /** A figure without a target. */
    public Figure(
        String indicator,
        @Nullable String measure,
        String unit,
        int year,
        BigDecimal value,
        String decision,
        @Nullable String fileName,
        @Nullable Integer page,
        String decidedBy,
        String decidedAt) {
      this(
          indicator, measure, unit, year, value, null, decision, fileName, page, decidedBy,
          decidedAt);
    }
  }

  private RollUpWorkbook() {}

  /** Writes the two sheets. */
  public static void writeXlsx(
      List<Integer> years, List<Line> lines, List<Figure> figures, Labels label, OutputStream out)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet sheet = book.createSheet(label.get("export.rollup.sheet"));
      text(
          sheet.createRow(0),
          0,
          label.get(
              "export.rollup.title",
              String.valueOf(years.getFirst()),
              String.valueOf(years.getLast())),
          bold);
      Row head = sheet.createRow(2);
      text(head, 0, label.get("export.rollup.indicator"), bold);
      text(head, 1, label.get("export.rollup.measure"), bold);
      text(head, 2, label.get("export.rollup.unit-kind"), bold);
      for (int i = 0; i < years.size(); i++) {
        Cell c = head.createCell(3 + i);
        c.setCellValue(years.get(i));
        c.setCellStyle(bold);
      }
      // The targets follow the results, one column per year, so the sheet reads result | target.
      for (int i = 0; i < years.size(); i++) {
        text(
            head,
            3 + years.size() + i,
            label.get("export.rollup.target-year", String.valueOf(years.get(i))),
            bold);
      }
      int how = 3 + 2 * years.size();
      text(head, how, label.get("export.rollup.how"), bold);
      int r = 3;
      for (Line line : lines) {
        Row x = sheet.createRow(r++);
        text(x, 0, line.indicator(), null);
        text(x, 1, line.measure(), null);
        text(x, 2, line.unitKind(), null);
        for (int i = 0; i < line.values().size(); i++) {
          BigDecimal v = line.values().get(i);
          if (v != null) {
            x.createCell(3 + i).setCellValue(v.doubleValue());
          }
        }
        for (int i = 0; i < line.targets().size(); i++) {
          BigDecimal t = line.targets().get(i);
          if (t != null) {
            x.createCell(3 + years.size() + i).setCellValue(t.doubleValue());
          }
        }
        text(x, how, label.get(line.mean() ? "export.rollup.mean" : "export.rollup.sum"), null);
      }
      if (lines.isEmpty()) {
        text(sheet.createRow(r), 0, label.get("export.rollup.none"), null);
      }
      for (int i = 0; i <= how; i++) {
        sheet.autoSizeColumn(i);
      }
      sheet.createFreezePane(3, 3);

      Sheet sources = book.createSheet(label.get("export.rollup.sources-sheet"));
      String[] headers = {
        "export.rollup.indicator",
        "export.rollup.measure",
        "export.rollup.unit",
        "export.rollup.year",
        "export.rollup.value",
        "export.rollup.target",
        "export.rollup.decision",
        "export.rollup.file",
        "export.rollup.page",
        "export.rollup.decided-by",
        "export.rollup.decided-at"
      };
      Row h = sources.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        text(h, i, label.get(headers[i]), bold);
      }
      int s = 1;
      for (Figure f : figures) {
        Row x = sources.createRow(s++);
        text(x, 0, f.indicator(), null);
        text(x, 1, f.measure(), null);
        text(x, 2, f.unit(), null);
        x.createCell(3).setCellValue(f.year());
        x.createCell(4).setCellValue(f.value().doubleValue());
        text(x, 5, f.target(), null);
        text(x, 6, f.decision(), null);
        text(x, 7, f.fileName(), null);
        if (f.page() != null) {
          x.createCell(8).setCellValue(f.page());
        }
        text(x, 9, f.decidedBy(), null);
        text(x, 10, f.decidedAt(), null);
      }
      for (int i = 0; i < headers.length; i++) {
        sources.autoSizeColumn(i);
      }
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
