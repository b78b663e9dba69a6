package vn.thidua.portal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;

/** The year's consolidated report for the district, in XLSX and DOCX. */
@Service
public class ConsolidatedReport {

  private final ComplianceBoard boards;
  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final Clock clock;

  ConsolidatedReport(
      ComplianceBoard boards, StrapiClient strapi, CurrentUser currentUser, Clock clock) {
    this.boards = boards;
    this.strapi = strapi;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The figures of {@code year}, for reviewers, the council and administrators. */
  public Consolidation gather(int year) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    ComplianceBoard.Board board = boards.board(year);
    Map<String, Map<InitiativeField, Integer>> byUnit = new HashMap<>();
    int page = 1;
    while (true) {
      var result =
          strapi.find(
              ContentType.INITIATIVES,
              StrapiQuery.create()
                  .draft()
                  .eq("year", year)
                  .populate("unit")
                  .page(page, StrapiQuery.MAX_PAGE_SIZE));
      for (Initiative i : result.data()) {
        if (i.unit() != null && i.field() != null) {
          byUnit
              .computeIfAbsent(i.unit().documentId(), k -> new EnumMap<>(InitiativeField.class))
              .merge(i.field(), 1, Integer::sum);
        }
      }
      if (page >= result.pagination().pageCount()) {
        break;
      }
      page++;
    }
    List<Consolidation.Row> rows = new ArrayList<>();
    for (ComplianceBoard.Row row : board.rows()) {
      rows.add(
          new Consolidation.Row(
              row.unit(),
              row.report(),
              row.compliance(),
              byUnit.getOrDefault(row.unit().documentId(), Map.of())));
    }
    return new Consolidation(year, board.deadline(), rows);
  }

  /** One sheet, one row per unit, a total row; numbers are numbers, dates are dd/MM/yyyy. */
  public void writeXlsx(Consolidation c, Labels label, OutputStream out) throws IOException {
    ZoneId zone = clock.getZone();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(label.get("export.xlsx.sheet", Integer.toString(c.year())));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row title = sheet.createRow(0);
      cell(title, 0, label.get("export.title", Integer.toString(c.year())), bold);
      Row head = sheet.createRow(2);
      List<String> headers = new ArrayList<>();
      headers.add(label.get("export.xlsx.no"));
      headers.add(label.get("export.xlsx.unit"));
      headers.add(label.get("export.xlsx.kind"));
      headers.add(label.get("export.xlsx.compliance"));
      headers.add(label.get("export.xlsx.submitted"));
      headers.add(label.get("export.xlsx.status"));
      headers.add(label.get("export.xlsx.reviewed"));
      for (InitiativeField f : InitiativeField.values()) {
        headers.add(label.get(f.messageKey()));
      }
      headers.add(label.get("export.xlsx.initiatives"));
      headers.add(label.get("export.xlsx.indicators"));
      for (int i = 0; i < headers.size(); i++) {
        cell(head, i, headers.get(i), bold);
      }
      int r = 3;
      int no = 1;
      for (Consolidation.Row row : c.rows()) {
        Row x = sheet.createRow(r++);
        Report report = row.report();
        int col = 0;
        x.createCell(col++).setCellValue(no++);
        x.createCell(col++).setCellValue(row.unit().name());
        x.createCell(col++)
            .setCellValue(
                row.unit().kind() == null ? "" : label.get(row.unit().kind().messageKey()));
        x.createCell(col++).setCellValue(label.get(row.compliance().messageKey()));
        x.createCell(col++).setCellValue(report == null ? "" : day(report.submittedAt(), zone));
        x.createCell(col++)
            .setCellValue(
                report == null || report.status() == null
                    ? ""
                    : label.get(report.status().messageKey()));
        x.createCell(col++).setCellValue(report == null ? "" : day(report.reviewedAt(), zone));
        for (InitiativeField f : InitiativeField.values()) {
          x.createCell(col++).setCellValue(row.initiatives().getOrDefault(f, 0));
        }
        x.createCell(col++).setCellValue(row.initiativeTotal());
        x.createCell(col)
            .setCellValue(
                report == null
                    ? ""
                    : report.indicatorList().stream()
                        .map(
                            i ->
                                i.name()
                                    + ": "
                                    + (i.value() == null ? "" : i.value())
                                    + (i.unit() == null ? "" : " " + i.unit()))
                        .collect(Collectors.joining("; ")));
      }
      Row total = sheet.createRow(r);
      cell(total, 1, label.get("export.xlsx.total"), bold);
      int col = 7;
      Map<InitiativeField, Integer> byField = c.initiativesByField();
      for (InitiativeField f : InitiativeField.values()) {
        total.createCell(col++).setCellValue(byField.get(f));
      }
      total
          .createCell(col)
          .setCellValue(c.rows().stream().mapToInt(Consolidation.Row::initiativeTotal).sum());
      for (int i = 0; i < headers.size() - 1; i++) {
        sheet.autoSizeColumn(i);
      }
      sheet.createFreezePane(2, 3);
      book.write(out);
    }
  }

  /**
   * A narrative summary laid out as an administrative report: the issuing body and the national
   * motto side by side, the title, numbered sections, the place and date.
   */
  public void writeDocx(Consolidation c, Labels label, OutputStream out) throws IOException {
    LocalDate today = LocalDate.now(clock);
    try (XWPFDocument doc = new XWPFDocument()) {
      CTSectPr section = doc.getDocument().getBody().addNewSectPr();
      CTPageMar margins = section.addNewPgMar();
      // Decree 30/2020: left 30 mm, right 15-20 mm, top and bottom 20 mm (in twentieths of a
      // point).
      margins.setLeft(BigInteger.valueOf(1701));
      margins.setRight(BigInteger.valueOf(1134));
      margins.setTop(BigInteger.valueOf(1134));
      margins.setBottom(BigInteger.valueOf(1134));

      XWPFTable heading = doc.createTable(1, 2);
      heading.removeBorders();
      heading.setWidth("100%");
      XWPFTableRow top = heading.getRow(0);
      cellText(
          top.getCell(0).getParagraphs().getFirst(), label.get("export.docx.issuer-parent"), false);
      XWPFParagraph issuer = top.getCell(0).addParagraph();
      cellText(issuer, label.get("export.docx.issuer"), true);
      cellText(top.getCell(1).getParagraphs().getFirst(), label.get("export.docx.nation"), true);
      XWPFParagraph motto = top.getCell(1).addParagraph();
      cellText(motto, label.get("export.docx.motto"), true);
      XWPFParagraph date = top.getCell(1).addParagraph();
      date.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun dateRun = date.createRun();
      dateRun.setItalic(true);
      dateRun.setText(
          label.get(
              "export.docx.place-date",
              today.getDayOfMonth(),
              today.getMonthValue(),
              Integer.toString(today.getYear())));

      paragraph(doc, label.get("export.docx.kind"), true, ParagraphAlignment.CENTER);
      paragraph(
          doc,
          label.get("export.title", Integer.toString(c.year())),
          true,
          ParagraphAlignment.CENTER);

      paragraph(doc, label.get("export.docx.section-reports"), true, ParagraphAlignment.LEFT);
      long sent = c.count(Compliance.ON_TIME) + c.count(Compliance.LATE);
      paragraph(
          doc,
          label.get(
              "export.docx.reports-summary",
              c.rows().size(),
              sent,
              c.count(Compliance.ON_TIME),
              c.count(Compliance.LATE),
              c.count(Compliance.MISSING) + c.count(Compliance.NOT_YET_DUE),
              Dates.format(c.deadline().deadline())),
          false,
          ParagraphAlignment.BOTH);

      paragraph(doc, label.get("export.docx.section-initiatives"), true, ParagraphAlignment.LEFT);
      Map<InitiativeField, Integer> byField = c.initiativesByField();
      int all = byField.values().stream().mapToInt(Integer::intValue).sum();
      paragraph(
          doc, label.get("export.docx.initiatives-summary", all), false, ParagraphAlignment.BOTH);
      XWPFTable fields = doc.createTable(InitiativeField.values().length + 1, 2);
      fields.setWidth("70%");
      fields.getRow(0).getCell(0).setText(label.get("export.docx.field"));
      fields.getRow(0).getCell(1).setText(label.get("export.docx.count"));
      int i = 1;
      for (InitiativeField f : InitiativeField.values()) {
        fields.getRow(i).getCell(0).setText(label.get(f.messageKey()));
        fields.getRow(i).getCell(1).setText(Integer.toString(byField.get(f)));
        i++;
      }

      paragraph(doc, label.get("export.docx.section-missing"), true, ParagraphAlignment.LEFT);
      List<String> missing =
          c.rows().stream()
              .filter(r -> r.compliance().needsReminder())
              .map(r -> r.unit().name())
              .toList();
      paragraph(
          doc,
          missing.isEmpty()
              ? label.get("export.docx.none-missing")
              : String.join("; ", missing) + ".",
          false,
          ParagraphAlignment.BOTH);

      paragraph(doc, label.get("export.docx.section-next"), true, ParagraphAlignment.LEFT);
      paragraph(doc, label.get("export.docx.next"), false, ParagraphAlignment.BOTH);
      doc.write(out);
    }
  }

  private static String day(java.time.@org.jspecify.annotations.Nullable Instant at, ZoneId zone) {
    return at == null ? "" : Dates.DATE.format(at.atZone(zone));
  }

  private static void cell(Row row, int col, String text, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }

  private static void cellText(XWPFParagraph p, String text, boolean bold) {
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontFamily("Times New Roman");
    run.setFontSize(13);
    run.setText(text);
  }

  private static void paragraph(
      XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setBold(bold);
    run.setFontFamily("Times New Roman");
    run.setFontSize(14);
    run.setText(text);
  }
}
