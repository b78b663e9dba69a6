package vn.thidua.portal.scoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ui.YearSelect;
import vn.thidua.portal.scoring.RankingService;
import vn.thidua.portal.scoring.RankingService.RankedSubject;
import vn.thidua.portal.scoring.RankingService.Standing;
import vn.thidua.portal.scoring.ScoringService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Totals of a year over both offices, the ranking within each kind of unit and who reaches the
 * threshold, for both offices, the council and the administrators. A plain table per kind, so a
 * screen reader reads rank, unit and total by their headers.
 */
@Route(value = Routes.WORKSPACE_RANKING, layout = MainLayout.class)
@RolesAllowed({
  PortalRole.Names.REVIEWER,
  PortalRole.Names.ECONOMY,
  PortalRole.Names.COUNCIL,
  PortalRole.Names.ADMIN
})
public class RankingView extends Div implements HasDynamicTitle {

  private final RankingService ranking;
  private final H1 title = new H1();
  final YearSelect year;
  final Paragraph threshold = new Paragraph();
  final Paragraph sheets = new Paragraph();
  final Div body = new Div();

  public RankingView(RankingService ranking, CurrentUser currentUser) {
    this.ranking = ranking;
    addClassName("portal-page");
    addClassName("workspace");
    this.year = new YearSelect(ranking.years(), getTranslation("ranking.year"));
    year.setId("ranking-year");
    year.addValueChangeListener(e -> load());
    threshold.setId("ranking-threshold");
    sheets.setId("ranking-sheets");
    body.setId("ranking-body");
    add(title);
    currentUser
        .get()
        .filter(u -> ScoringService.officeOf(u.role()).isPresent())
        .ifPresent(
            u -> {
              Anchor back = new Anchor(Routes.WORKSPACE_SCORING, getTranslation("ranking.back"));
              back.getElement().setAttribute("router-link", true);
              back.setId("scoring-link");
              add(new Paragraph(back));
            });
    // Issue 12: behind each line, the unit's whole achievement record.
    Anchor records = new Anchor(Routes.WORKSPACE_RECORDS, getTranslation("record.title"));
    records.setId("records-link");
    add(new Paragraph(records));
    add(year, threshold, sheets, body);
    load();
  }

  private void load() {
    Standing standing = ranking.standing(year.year());
    title.setText(getTranslation("ranking.title", String.valueOf(standing.year())));
    threshold.setText(
        getTranslation("ranking.threshold", Points.format(standing.thresholdPercent())));
    String offices =
        standing.sheets().entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByKey())
            .map(
                e ->
                    getTranslation(e.getKey().messageKey())
                        + ": "
                        + getTranslation(e.getValue().messageKey()))
            .collect(Collectors.joining("; "));
    sheets.setText(
        getTranslation(
            standing.complete() ? "ranking.sheets.complete" : "ranking.sheets.partial", offices));
    body.removeAll();
    if (standing.byKind().isEmpty()) {
      body.add(new Paragraph(getTranslation("ranking.none")));
    }
    standing.byKind().forEach((kind, lines) -> body.add(section(kind, lines)));
  }

  private Div section(UnitKind kind, List<RankedSubject> lines) {
    H2 heading = new H2(getTranslation(kind.messageKey()));
    NativeTable table = new NativeTable();
    table.setId("ranking-" + kind.apiValue());
    table.addClassName("ranking-table");
    String caption =
        getTranslation(
            "ranking.caption", getTranslation(kind.messageKey()), String.valueOf(year.year()));
    table.setCaptionText(caption);
    NativeTableRow head = table.getHead().addRow();
    for (String key :
        List.of(
            "ranking.rank",
            "ranking.unit",
            OwningOffice.VAN_HOA_XA_HOI.messageKey(),
            OwningOffice.KINH_TE.messageKey(),
            "ranking.total",
            "ranking.max",
            "ranking.eligible")) {
      head.addHeaderCell().setText(getTranslation(key));
    }
    for (RankedSubject line : lines) {
      NativeTableRow row = table.getBody().addRow();
      row.addDataCell().setText(String.valueOf(line.rank()));
      row.addDataCell().setText(line.name());
      row.addDataCell().setText(part(line, OwningOffice.VAN_HOA_XA_HOI));
      row.addDataCell().setText(part(line, OwningOffice.KINH_TE));
      row.addDataCell().setText(Points.format(line.total()));
      row.addDataCell().setText(Points.format(line.maxTotal()));
      row.addDataCell()
          .setText(
              getTranslation(line.eligible() ? "ranking.eligible.yes" : "ranking.eligible.no"));
    }
    Div section = new Div(heading, Content.scrollBox(table, caption));
    section.addClassName("workspace-card");
    return section;
  }

  private static String part(RankedSubject line, OwningOffice office) {
    Double points = line.byOffice().get(office);
    return points == null ? "–" : Points.format(points);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("ranking.page-title");
  }
}
