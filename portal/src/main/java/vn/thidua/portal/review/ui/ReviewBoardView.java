package vn.thidua.portal.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.export.ConsolidatedReport;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.reports.ComplianceBoard.Board;
import vn.thidua.portal.reports.ComplianceBoard.Row;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The compliance board of the year: every unit, whether it sent on time, late or not at all,
 * filterable by kind of unit; the reminder list as a spreadsheet file; each report one click away.
 */
@Route(value = Routes.WORKSPACE_REVIEW, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.COUNCIL, PortalRole.Names.ADMIN})
public class ReviewBoardView extends Div implements HasDynamicTitle {

  private final ComplianceBoard boards;
  private final Clock clock;
  final Grid<Row> grid = new Grid<>();
  final Select<UnitKind> kind = new Select<>();
  final Paragraph summary = new Paragraph();
  private final int year;
  private @Nullable Board board;

  public ReviewBoardView(
      ComplianceBoard boards, ReportService reports, ConsolidatedReport exports, Clock clock) {
    this.boards = boards;
    this.clock = clock;
    this.year = reports.currentYear();
    addClassName("portal-page");
    addClassName("workspace");

    kind.setLabel(getTranslation("review.board.kind"));
    kind.setItems(UnitKind.values());
    kind.setEmptySelectionAllowed(true);
    kind.setEmptySelectionCaption(getTranslation("review.board.all-kinds"));
    kind.setItemLabelGenerator(
        k -> k == null ? getTranslation("review.board.all-kinds") : getTranslation(k.messageKey()));
    kind.addValueChangeListener(e -> show());

    grid.setId("compliance-board");
    grid.addComponentColumn(this::unitCell)
        .setHeader(getTranslation("review.board.unit"))
        .setFlexGrow(3);
    grid.addColumn(r -> r.unit().kind() == null ? "" : getTranslation(r.unit().kind().messageKey()))
        .setHeader(getTranslation("review.board.kind"));
    grid.addColumn(r -> getTranslation(r.compliance().messageKey()))
        .setHeader(getTranslation("review.board.compliance"));
    grid.addColumn(
            r ->
                r.report() == null || r.report().submittedAt() == null
                    ? ""
                    : Dates.format(r.report().submittedAt(), clock.getZone()))
        .setHeader(getTranslation("review.board.submitted-at"));
    grid.addColumn(
            r ->
                r.report() == null || r.report().status() == null
                    ? ""
                    : getTranslation(r.report().status().messageKey()))
        .setHeader(getTranslation("review.board.status"));
    grid.setAllRowsVisible(true);

    DownloadHandler reminders =
        event -> {
          event.setFileName("nhac-nop-bao-cao-" + year + ".csv");
          event.setContentType("text/csv; charset=UTF-8");
          Board current = board == null ? boards.board(year) : board;
          event
              .getOutputStream()
              .write(
                  ComplianceBoard.reminderCsv(
                      current.ofKind(kind.getValue()), this::getTranslation));
        };
    Anchor reminderLink = new Anchor(reminders, getTranslation("review.board.reminders"));
    reminderLink.setId("reminder-export");
    reminderLink.getElement().setAttribute("download", true);

    DownloadHandler xlsx =
        event -> {
          event.setFileName("bao-cao-tong-hop-" + year + ".xlsx");
          event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
          exports.writeXlsx(exports.gather(year), this::getTranslation, event.getOutputStream());
        };
    DownloadHandler docx =
        event -> {
          event.setFileName("bao-cao-tong-hop-" + year + ".docx");
          event.setContentType(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
          exports.writeDocx(exports.gather(year), this::getTranslation, event.getOutputStream());
        };
    Anchor xlsxLink = new Anchor(xlsx, getTranslation("export.board.xlsx"));
    xlsxLink.setId("export-xlsx");
    xlsxLink.getElement().setAttribute("download", true);
    Anchor docxLink = new Anchor(docx, getTranslation("export.board.docx"));
    docxLink.setId("export-docx");
    docxLink.getElement().setAttribute("download", true);
    HorizontalLayout exportLinks = new HorizontalLayout(reminderLink, xlsxLink, docxLink);
    exportLinks.setId("board-exports");
    add(
        new H1(getTranslation("review.board.title", String.valueOf(year))),
        summary,
        new HorizontalLayout(kind),
        exportLinks,
        grid);
    board = boards.board(year);
    show();
  }

  private void show() {
    Board b = board;
    if (b == null) {
      return;
    }
    grid.setItems(b.ofKind(kind.getValue()));
    summary.setText(
        getTranslation(
            "review.board.summary",
            Dates.format(b.deadline().deadline()),
            b.count(Compliance.ON_TIME),
            b.count(Compliance.LATE),
            b.count(Compliance.MISSING) + b.count(Compliance.NOT_YET_DUE)));
  }

  private com.vaadin.flow.component.Component unitCell(Row row) {
    if (row.report() == null) {
      return new Span(row.unit().name());
    }
    Anchor open = new Anchor(Routes.reviewReport(row.report().documentId()), row.unit().name());
    open.getElement().setAttribute("router-link", true);
    return open;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("review.board.title", String.valueOf(year));
  }
}
