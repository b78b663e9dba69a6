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
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ui.YearSelect;
import vn.thidua.portal.export.ReminderList;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.reports.ComplianceBoard.Board;
import vn.thidua.portal.reports.ComplianceBoard.Row;
import vn.thidua.portal.review.ReviewService;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.GridCards;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The compliance board of a year (the current campaign year unless another is picked): every unit,
 * whether it sent on time, late or not at all, filterable by kind of unit; the reminder list as a
 * spreadsheet; the year's consolidated report; each report one click away.
 */
@Route(value = Routes.WORKSPACE_REVIEW, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.COUNCIL, PortalRole.Names.ADMIN})
public class ReviewBoardView extends Div implements HasDynamicTitle {

  private final ReviewService review;
  private final Clock clock;
  final Grid<Row> grid = new Grid<>();
  final Select<UnitKind> kind = new Select<>();
  final YearSelect year;
  final Paragraph summary = new Paragraph();
  private final H1 title = new H1();
  private @Nullable Board board;
  // Issue 12: registration beside the report, per unit.
  final Paragraph registrationSummary = new Paragraph();
  private java.util.Map<String, Registration> registered = java.util.Map.of();

  public ReviewBoardView(ReviewService review, CurrentUser currentUser, Clock clock) {
    this.review = review;
    this.clock = clock;
    this.year = new YearSelect(review.campaignYears(), getTranslation("review.board.year"));
    addClassName("portal-page");
    addClassName("workspace");

    year.setId("board-year");
    year.addValueChangeListener(e -> load());
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
    grid.addColumn(this::registrationLabel).setHeader(getTranslation("registration.board.column"));
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
    GridCards.on(grid, getTranslation("review.board.unit"), this::card);

    DownloadHandler remindersXlsx =
        event -> {
          Board current = currentBoard();
          event.setFileName("nhac-nop-bao-cao-" + current.deadline().year() + ".xlsx");
          event.setContentType(XLSX);
          ReminderList.writeXlsx(
              current.deadline(),
              current.ofKind(kind.getValue()),
              this::getTranslation,
              event.getOutputStream());
        };
    DownloadHandler remindersCsv =
        event -> {
          Board current = currentBoard();
          event.setFileName("nhac-nop-bao-cao-" + current.deadline().year() + ".csv");
          event.setContentType("text/csv; charset=UTF-8");
          event
              .getOutputStream()
              .write(review.reminderCsv(current.ofKind(kind.getValue()), this::getTranslation));
        };
    Anchor reminderLink = download(remindersXlsx, "review.board.reminders-xlsx", "reminder-export");
    Anchor reminderCsvLink =
        download(remindersCsv, "review.board.reminders", "reminder-export-csv");

    DownloadHandler xlsx =
        event -> {
          int y = year.year();
          event.setFileName("bao-cao-tong-hop-" + y + ".xlsx");
          event.setContentType(XLSX);
          review.writeConsolidatedXlsx(y, this::getTranslation, event.getOutputStream());
        };
    DownloadHandler docx =
        event -> {
          int y = year.year();
          event.setFileName("bao-cao-tong-hop-" + y + ".docx");
          event.setContentType(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
          review.writeConsolidatedDocx(y, event.getOutputStream());
        };
    Anchor xlsxLink = download(xlsx, "export.board.xlsx", "export-xlsx");
    Anchor docxLink = download(docx, "export.board.docx", "export-docx");
    HorizontalLayout exportLinks =
        new HorizontalLayout(reminderLink, reminderCsvLink, xlsxLink, docxLink);
    exportLinks.setWrap(true);
    exportLinks.setId("board-exports");
    registrationSummary.setId("registration-summary");
    add(title, summary, registrationSummary);
    if (currentUser.hasRole(PortalRole.REVIEWER) || currentUser.hasRole(PortalRole.ADMIN)) {
      Anchor initiatives =
          new Anchor(Routes.WORKSPACE_INITIATIVES, getTranslation("review.board.initiatives"));
      initiatives.getElement().setAttribute("router-link", true);
      initiatives.setId("initiatives-review-link");
      add(new Paragraph(initiatives));
    }
    if (currentUser.hasRole(PortalRole.REVIEWER)) {
      // Issue 12: the Culture–Society office scores its own criteria.
      Anchor scoring = new Anchor(Routes.WORKSPACE_SCORING, getTranslation("review.board.scoring"));
      scoring.getElement().setAttribute("router-link", true);
      scoring.setId("scoring-link");
      add(new Paragraph(scoring));
    }
    Anchor figures = new Anchor(Routes.WORKSPACE_FIGURES, getTranslation("facts.rollup.link"));
    figures.getElement().setAttribute("router-link", true);
    figures.setId("figures-link");
    add(new Paragraph(figures));
    // Issue 12: units' achievement records and the notices' outbox.
    Anchor records = new Anchor(Routes.WORKSPACE_RECORDS, getTranslation("record.title"));
    records.setId("records-link");
    Anchor outbox = new Anchor(Routes.WORKSPACE_OUTBOX, getTranslation("outbox.title"));
    outbox.setId("outbox-link");
    add(new Paragraph(records), new Paragraph(outbox));
    add(new HorizontalLayout(year, kind), exportLinks, grid);
    load();
  }

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Anchor download(DownloadHandler handler, String key, String id) {
    Anchor link = new Anchor(handler, getTranslation(key));
    link.setId(id);
    link.getElement().setAttribute("download", true);
    return link;
  }

  /** The board shown, or that of the chosen year when a download comes first. */
  private Board currentBoard() {
    Board b = board;
    return b != null && b.deadline().year() == year.year() ? b : review.board(year.year());
  }

  private void load() {
    board = review.board(year.year());
    registered = review.registrationsOfYear(year.year());
    title.setText(getTranslation("review.board.title", String.valueOf(year.year())));
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
    List<Row> shown = b.ofKind(kind.getValue());
    long done = shown.stream().filter(r -> isRegistered(r)).count();
    registrationSummary.setText(
        getTranslation("registration.board.summary", done, shown.size() - done));
  }

  private boolean isRegistered(Row row) {
    Registration r = registered.get(row.unit().documentId());
    return r != null && r.isSubmitted();
  }

  /** Registered, a draft not sent, or not registered: a unit's draft does not count. */
  String registrationLabel(Row row) {
    Registration r = registered.get(row.unit().documentId());
    if (r == null) {
      return getTranslation("registration.status.none");
    }
    return getTranslation(
        r.isSubmitted() ? "registration.status.submitted" : "registration.status.draft.short");
  }

  /** The row as a card on a phone: the unit (its report's link), then each column named. */
  private GridCards.Card card(Row r) {
    return new GridCards.Card(unitCell(r))
        .line(
            getTranslation("review.board.kind"),
            r.unit().kind() == null ? null : getTranslation(r.unit().kind().messageKey()))
        .line(getTranslation("registration.board.column"), registrationLabel(r))
        .line(
            getTranslation("review.board.compliance"), getTranslation(r.compliance().messageKey()))
        .line(
            getTranslation("review.board.submitted-at"),
            r.report() == null || r.report().submittedAt() == null
                ? null
                : Dates.format(r.report().submittedAt(), clock.getZone()))
        .line(
            getTranslation("review.board.status"),
            r.report() == null || r.report().status() == null
                ? null
                : getTranslation(r.report().status().messageKey()));
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
    return getTranslation("review.board.title", String.valueOf(year.year()));
  }
}
