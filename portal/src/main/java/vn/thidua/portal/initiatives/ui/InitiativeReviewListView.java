package vn.thidua.portal.initiatives.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.initiatives.InitiativeService;
import vn.thidua.portal.initiatives.InitiativeService.Listed;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.GridCards;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.InitiativeStatus;

/**
 * The initiatives units registered, for reviewers and administrators: by review status (registered
 * first, the ones waiting) and year, whether the public catalogue shows them, each one click from
 * its review.
 */
@Route(value = Routes.WORKSPACE_INITIATIVES, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.ADMIN})
public class InitiativeReviewListView extends Div implements HasDynamicTitle {

  private final InitiativeService initiatives;
  final Select<InitiativeStatus> status = new Select<>();
  final Select<Integer> year = new Select<>();
  final Grid<Listed> grid = new Grid<>();
  final Paragraph summary = new Paragraph();
  private List<Listed> ofYear = List.of();

  public InitiativeReviewListView(InitiativeService initiatives) {
    this.initiatives = initiatives;
    addClassName("portal-page");
    addClassName("workspace");

    status.setId("initiative-status-filter");
    status.setLabel(getTranslation("initiative-review.list.status"));
    status.setItems(InitiativeStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("initiative-review.list.all-statuses"));
    status.setItemLabelGenerator(
        s ->
            s == null
                ? getTranslation("initiative-review.list.all-statuses")
                : getTranslation(s.messageKey()));
    status.setValue(InitiativeStatus.REGISTERED);
    status.addValueChangeListener(e -> show());

    CampaignYears years = initiatives.campaignYears();
    year.setId("initiative-year-filter");
    year.setLabel(getTranslation("initiative-review.list.year"));
    year.setItems(years.all());
    year.setEmptySelectionAllowed(true);
    year.setEmptySelectionCaption(getTranslation("initiative-review.list.all-years"));
    year.setItemLabelGenerator(
        y -> y == null ? getTranslation("initiative-review.list.all-years") : y.toString());
    year.addValueChangeListener(e -> load());

    grid.setId("initiative-review-list");
    grid.addComponentColumn(this::titleCell)
        .setHeader(getTranslation("initiative-review.list.title"))
        .setFlexGrow(3);
    grid.addColumn(l -> l.initiative().unit() == null ? "" : l.initiative().unit().name())
        .setHeader(getTranslation("initiative-review.list.unit"))
        .setFlexGrow(2);
    grid.addColumn(
            l ->
                l.initiative().field() == null
                    ? ""
                    : getTranslation(l.initiative().field().messageKey()))
        .setHeader(getTranslation("initiative-review.list.field"));
    grid.addColumn(l -> l.initiative().year() == null ? "" : l.initiative().year().toString())
        .setHeader(getTranslation("initiative-review.list.year"));
    grid.addColumn(l -> getTranslation(statusOf(l).messageKey()))
        .setHeader(getTranslation("initiative-review.list.status"));
    grid.addColumn(
            l ->
                getTranslation(
                    l.published()
                        ? "initiative-review.published"
                        : "initiative-review.not-published"))
        .setHeader(getTranslation("initiative-review.list.public"));
    grid.addColumn(l -> Integer.toString(l.initiative().evidence().size()))
        .setHeader(getTranslation("initiative-review.list.evidence"));
    grid.setAllRowsVisible(true);
    GridCards.on(
        grid,
        getTranslation("initiative-review.list.title"),
        l ->
            new GridCards.Card(titleCell(l))
                .line(
                    getTranslation("initiative-review.list.unit"),
                    l.initiative().unit() == null ? null : l.initiative().unit().name())
                .line(
                    getTranslation("initiative-review.list.field"),
                    l.initiative().field() == null
                        ? null
                        : getTranslation(l.initiative().field().messageKey()))
                .line(
                    getTranslation("initiative-review.list.year"),
                    l.initiative().year() == null ? null : l.initiative().year().toString())
                .line(
                    getTranslation("initiative-review.list.status"),
                    getTranslation(statusOf(l).messageKey()))
                .line(
                    getTranslation("initiative-review.list.public"),
                    getTranslation(
                        l.published()
                            ? "initiative-review.published"
                            : "initiative-review.not-published"))
                .line(
                    getTranslation("initiative-review.list.evidence"),
                    Integer.toString(l.initiative().evidence().size())));

    Anchor back = new Anchor(Routes.WORKSPACE_REVIEW, getTranslation("initiative-review.back"));
    back.getElement().setAttribute("router-link", true);
    summary.setId("initiative-review-summary");
    add(
        back,
        new H1(getTranslation("initiative-review.list.heading")),
        summary,
        new HorizontalLayout(status, year),
        grid);
    load();
  }

  private void load() {
    ofYear = initiatives.underReview(null, year.getValue());
    show();
  }

  private void show() {
    InitiativeStatus wanted = status.getValue();
    grid.setItems(
        wanted == null ? ofYear : ofYear.stream().filter(l -> statusOf(l) == wanted).toList());
    summary.setText(
        getTranslation(
            "initiative-review.list.summary",
            count(InitiativeStatus.REGISTERED),
            count(InitiativeStatus.VERIFIED),
            count(InitiativeStatus.RECOGNISED),
            ofYear.stream().filter(Listed::published).count()));
  }

  private long count(InitiativeStatus s) {
    return ofYear.stream().filter(l -> statusOf(l) == s).count();
  }

  private static InitiativeStatus statusOf(Listed l) {
    return l.initiative().reviewStatus() == null
        ? InitiativeStatus.REGISTERED
        : l.initiative().reviewStatus();
  }

  private Anchor titleCell(Listed l) {
    Anchor open =
        new Anchor(Routes.reviewInitiative(l.initiative().documentId()), l.initiative().title());
    open.getElement().setAttribute("router-link", true);
    return open;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("initiative-review.list.heading");
  }
}
