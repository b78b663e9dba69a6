package vn.thidua.portal.export;

import java.io.IOException;
import java.io.OutputStream;
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
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.registration.RegisteredTargets;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiNotFoundException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Unit;

/** The year's consolidated report for the district, in XLSX and DOCX. */
@Service
public class ConsolidatedReport {

  /** The site-setting's fields the letterhead reads (issuing body, signer, place). */
  static final SingleType<Letterhead.Setting> SETTING =
      new SingleType<>("site-setting", "api::site-setting.site-setting", Letterhead.Setting.class);

  static final ContentType<ConfirmedFigure> REPORT_FACTS =
      new ContentType<>("report-facts", "api::report-fact.report-fact", ConfirmedFigure.class);

  static final ContentType<UnitProposal> PROPOSALS =
      new ContentType<>("proposals", "api::proposal.proposal", UnitProposal.class);

  private final ComplianceBoard boards;
  private final StrapiClient strapi;
  private final RegisteredTargets registeredTargets;
  private final CurrentUser currentUser;
  private final Clock clock;

  ConsolidatedReport(
      ComplianceBoard boards,
      StrapiClient strapi,
      RegisteredTargets registeredTargets,
      CurrentUser currentUser,
      Clock clock) {
    this.boards = boards;
    this.strapi = strapi;
    this.registeredTargets = registeredTargets;
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
    List<ConfirmedFigure> confirmed = confirmedFigures(year);
    Map<String, List<Consolidation.Proposal>> proposals = proposals(year);
    Map<String, List<Consolidation.Target>> targets = new HashMap<>();
    List<Consolidation.UnitTarget> unitTargets = new ArrayList<>();
    for (RegisteredTargets.Target t : registeredTargets.of(year, year)) {
      Consolidation.Target target = new Consolidation.Target(t.indicator(), t.measure(), t.text());
      targets.computeIfAbsent(t.unitDocumentId(), k -> new ArrayList<>()).add(target);
      unitTargets.add(new Consolidation.UnitTarget(t.unitDocumentId(), target));
    }
    List<Consolidation.Row> rows = new ArrayList<>();
    for (ComplianceBoard.Row row : board.rows()) {
      String unit = row.unit().documentId();
      List<Consolidation.Figure> figures =
          ConfirmedFigure.sum(
              confirmed.stream()
                  .filter(f -> f.unit() != null && unit.equals(f.unit().documentId()))
                  .toList());
      if (figures.isEmpty() && row.report() != null) {
        figures = declared(row.report());
      }
      rows.add(
          new Consolidation.Row(
              row.unit(),
              row.report(),
              row.compliance(),
              byUnit.getOrDefault(unit, Map.of()),
              figures,
              proposals.getOrDefault(unit, List.of()),
              targets.getOrDefault(unit, List.of())));
    }
    return new Consolidation(
        year,
        board.deadline(),
        rows,
        ConfirmedFigure.withTargets(ConfirmedFigure.sum(confirmed), unitTargets),
        letterhead());
  }

  /** The site-setting's letterhead; the commune's defaults when the setting is not there yet. */
  private Letterhead letterhead() {
    try {
      return Letterhead.of(strapi.findSingle(SETTING, StrapiQuery.create()));
    } catch (StrapiNotFoundException e) {
      return Letterhead.of(null);
    }
  }

  /**
   * The year's indicators a reviewer confirmed or corrected, one per unit and indicator (the one
   * decided last): the {@code facts} package keeps them in Strapi's {@code report-facts}.
   */
  private List<ConfirmedFigure> confirmedFigures(int year) {
    List<ConfirmedFigure> all = new ArrayList<>();
    int page = 1;
    while (true) {
      var result =
          strapi.find(
              REPORT_FACTS,
              StrapiQuery.create()
                  .eq("year", year)
                  .eq("kind", "indicator")
                  .filter("decision", "$ne", "rejected")
                  .populate("unit")
                  .page(page, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(result.data());
      if (page >= result.pagination().pageCount()) {
        break;
      }
      page++;
    }
    return ConfirmedFigure.latest(all);
  }

  /** The award forms proposed for each unit this year, by unit documentId. */
  private Map<String, List<Consolidation.Proposal>> proposals(int year) {
    Map<String, List<Consolidation.Proposal>> out = new HashMap<>();
    int page = 1;
    while (true) {
      var result =
          strapi.find(
              PROPOSALS,
              StrapiQuery.create()
                  .eq("year", year)
                  .populate("unit")
                  .page(page, StrapiQuery.MAX_PAGE_SIZE));
      for (UnitProposal p : result.data()) {
        if (p.unit() != null && p.awardForm() != null) {
          out.computeIfAbsent(p.unit().documentId(), k -> new ArrayList<>())
              .add(new Consolidation.Proposal(p.awardForm(), p.result()));
        }
      }
      if (page >= result.pagination().pageCount()) {
        break;
      }
      page++;
    }
    return out;
  }

  /** The figures a report declares, when none of its unit's is confirmed yet. */
  static List<Consolidation.Figure> declared(Report report) {
    List<Consolidation.Figure> out = new ArrayList<>();
    for (Report.Indicator i : report.indicatorList()) {
      if (i.value() instanceof Number n) {
        out.add(
            new Consolidation.Figure(
                i.name(), i.unit(), new java.math.BigDecimal(n.toString()), 1, false));
      }
    }
    return out;
  }

  /** A proposal, as much of it as the report upward needs. */
  record UnitProposal(
      @org.jspecify.annotations.Nullable Unit unit,
      @org.jspecify.annotations.Nullable String awardForm,
      @org.jspecify.annotations.Nullable String result) {}

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
   * The report upward as a DOCX laid out per Decree 30/2020, in Vietnamese whatever the reader's
   * language (see {@link ReportUpwardDocument}).
   */
  public void writeDocx(Consolidation c, OutputStream out) throws IOException {
    ReportUpwardDocument.write(c, LocalDate.now(clock), clock.getZone(), out);
  }

  private static String day(java.time.@org.jspecify.annotations.Nullable Instant at, ZoneId zone) {
    return at == null ? "" : Dates.DATE.format(at.atZone(zone));
  }

  private static void cell(Row row, int col, String text, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(text);
    cell.setCellStyle(style);
  }
}
