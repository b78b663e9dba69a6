package vn.thidua.portal.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.council.AwardDesk;
import vn.thidua.portal.council.AwardDesk.Proposal;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The council's awards: proposals per stage with their linked evidence, a form to propose, and the
 * decision (number, date, form) that puts the award on the public honours list.
 */
@Route(value = Routes.WORKSPACE_COUNCIL, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.COUNCIL, PortalRole.Names.ADMIN})
public class CouncilView extends Div implements HasDynamicTitle {

  private final AwardDesk desk;
  private final Clock clock;
  final Select<Stage> stage = new Select<>();
  final Grid<Award> grid = new Grid<>();

  public CouncilView(AwardDesk desk, Clock clock) {
    this.desk = desk;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");
    stage.setLabel(getTranslation("council.stage"));
    stage.setItems(Stage.values());
    stage.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
    stage.setValue(Stage.ANNUAL);
    stage.addValueChangeListener(e -> refresh());

    grid.setId("awards");
    // Issue 17: a long name, form or decision number wraps instead of being cut off.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(Award::recipientName)
        .setHeader(getTranslation("council.recipient"))
        .setFlexGrow(3);
    grid.addColumn(a -> a.form() == null ? "" : a.form())
        .setHeader(getTranslation("council.form"))
        .setFlexGrow(2);
    grid.addColumn(a -> a.year() == null ? "" : a.year().toString())
        .setHeader(getTranslation("council.year"));
    grid.addColumn(
            a -> a.decisionStatus() == null ? "" : getTranslation(a.decisionStatus().messageKey()))
        .setHeader(getTranslation("council.status"));
    grid.addColumn(
            a ->
                a.decisionNumber() == null
                    ? ""
                    : a.decisionNumber() + " – " + Dates.format(a.decisionDate()))
        .setHeader(getTranslation("council.decision"));
    grid.addColumn(a -> evidence(a)).setHeader(getTranslation("council.evidence")).setFlexGrow(3);
    grid.addComponentColumn(
        a -> {
          if (a.decisionStatus() == AwardStatus.DECIDED) {
            return new Div();
          }
          Button decide = new Button(getTranslation("council.decide"), e -> decide(a));
          decide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
          return decide;
        });
    grid.setAllRowsVisible(true);

    Button propose = new Button(getTranslation("council.propose"), e -> propose());
    propose.setId("award-propose");
    // Issue 12: the ranking the proposals start from (scoring.ui.RankingView), and bình xét.
    Anchor ranking = new Anchor(Routes.WORKSPACE_RANKING, getTranslation("council.ranking-link"));
    ranking.getElement().setAttribute("router-link", true);
    ranking.setId("ranking-link");
    Anchor binhXet = new Anchor(BinhXetView.ROUTE, getTranslation("binh-xet.link"));
    binhXet.setId("binh-xet-link");
    add(
        new H1(getTranslation("council.title")),
        new Paragraph(binhXet),
        new Paragraph(ranking),
        new Paragraph(new Anchor(Routes.WORKSPACE_RECORDS, getTranslation("record.title"))),
        new HorizontalLayout(stage, propose),
        grid);
    refresh();
  }

  private String evidence(Award a) {
    String initiatives =
        a.initiatives().stream().map(i -> i.title()).collect(Collectors.joining("; "));
    String reports = a.reports().stream().map(this::reportLabel).collect(Collectors.joining("; "));
    return String.join(
        " · ", List.of(initiatives, reports).stream().filter(s -> !s.isBlank()).toList());
  }

  String reportLabel(Report r) {
    return getTranslation(
        "council.evidence.report",
        r.number() == null ? "" : r.number(),
        r.year() == null ? "" : r.year().toString(),
        r.status() == null ? "" : getTranslation(r.status().messageKey()));
  }

  String initiativeLabel(Initiative i) {
    return getTranslation(
        "council.evidence.initiative",
        i.title(),
        i.year() == null ? "" : i.year().toString(),
        i.reviewStatus() == null ? "" : getTranslation(i.reviewStatus().messageKey()));
  }

  private void refresh() {
    grid.setItems(desk.awards(stage.getValue()));
  }

  private void propose() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("council.propose"));
    ComboBox<Unit> unit = new ComboBox<>(getTranslation("council.recipient-unit"));
    unit.setId("award-unit");
    unit.setItems(desk.units());
    unit.setItemLabelGenerator(Unit::name);
    unit.setWidthFull();
    ComboBox<Person> person = new ComboBox<>(getTranslation("council.recipient-person"));
    person.setId("award-person");
    person.setItems(desk.persons());
    person.setItemLabelGenerator(Person::label);
    person.setWidthFull();
    // One recipient: picking a unit clears the person and the other way round.
    unit.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            person.clear();
          }
        });
    person.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            unit.clear();
          }
        });
    ComboBox<String> form = new ComboBox<>(getTranslation("council.form"));
    form.setId("award-form");
    // The stage's forms from the plan in Strapi and from its earlier decisions (not from code).
    form.setItems(desk.forms(stage.getValue()));
    form.setAllowCustomValue(true);
    form.addCustomValueSetListener(e -> form.setValue(e.getDetail()));
    form.setWidthFull();
    IntegerField year = new IntegerField(getTranslation("council.year"));
    year.setId("award-year");
    year.setValue(desk.yearOf(stage.getValue()));
    TextArea reason = new TextArea(getTranslation("council.reason"));
    reason.setWidthFull();
    MultiSelectComboBox<Initiative> initiatives =
        new MultiSelectComboBox<>(getTranslation("council.evidence.initiatives"));
    initiatives.setId("award-initiatives");
    initiatives.setItemLabelGenerator(this::initiativeLabel);
    initiatives.setWidthFull();
    MultiSelectComboBox<Report> reports =
        new MultiSelectComboBox<>(getTranslation("council.evidence.reports"));
    reports.setId("award-reports");
    reports.setItemLabelGenerator(this::reportLabel);
    reports.setWidthFull();
    Paragraph evidenceHelp = new Paragraph(getTranslation("council.evidence.pick-unit"));
    Runnable loadEvidence =
        () -> {
          initiatives.clear();
          reports.clear();
          Unit u = unit.getValue();
          boolean forUnit = u != null;
          initiatives.setEnabled(forUnit);
          reports.setEnabled(forUnit);
          evidenceHelp.setVisible(!forUnit);
          if (!forUnit) {
            initiatives.setItems(List.of());
            reports.setItems(List.of());
            return;
          }
          int y = year.getValue() == null ? desk.yearOf(stage.getValue()) : year.getValue();
          AwardDesk.Evidence found = desk.evidenceOf(u.documentId(), stage.getValue(), y);
          initiatives.setItems(found.initiatives());
          reports.setItems(found.reports());
        };
    unit.addValueChangeListener(e -> loadEvidence.run());
    year.addValueChangeListener(e -> loadEvidence.run());
    loadEvidence.run();
    Button save =
        new Button(
            getTranslation("council.save"),
            e -> {
              boolean noRecipient = unit.getValue() == null && person.getValue() == null;
              if (form.getValue() == null || noRecipient) {
                form.setInvalid(form.getValue() == null);
                unit.setInvalid(noRecipient);
                person.setInvalid(noRecipient);
                return;
              }
              desk.propose(
                  new Proposal(
                      unit.getValue() == null ? null : unit.getValue().documentId(),
                      unit.getValue() == null ? person.getValue().documentId() : null,
                      stage.getValue(),
                      year.getValue() == null ? desk.yearOf(stage.getValue()) : year.getValue(),
                      form.getValue(),
                      reason.getValue(),
                      unit.getValue() == null
                          ? List.of()
                          : initiatives.getValue().stream().map(Initiative::documentId).toList(),
                      unit.getValue() == null
                          ? List.of()
                          : reports.getValue().stream().map(Report::documentId).toList()));
              dialog.close();
              refresh();
              String who =
                  unit.getValue() != null ? unit.getValue().name() : person.getValue().label();
              Notification.show(
                      getTranslation("council.proposed", who, form.getValue()),
                      5000,
                      Notification.Position.TOP_CENTER)
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
    save.setId("award-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(
        new Div(
            unit,
            person,
            form,
            year,
            reason,
            new H2(getTranslation("council.evidence.heading")),
            evidenceHelp,
            initiatives,
            reports));
    dialog.getFooter().add(new Button(getTranslation("council.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  private void decide(Award award) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("council.decide"));
    TextField number = new TextField(getTranslation("council.decision-number"));
    number.setId("decision-number");
    number.setRequired(true);
    number.setWidthFull();
    DatePicker date = new DatePicker(getTranslation("council.decision-date"));
    date.setValue(LocalDate.now(clock));
    ComboBox<String> form = new ComboBox<>(getTranslation("council.form"));
    form.setItems(desk.forms(award.stage() == null ? stage.getValue() : award.stage()));
    form.setAllowCustomValue(true);
    form.addCustomValueSetListener(e -> form.setValue(e.getDetail()));
    form.setValue(award.form());
    form.setWidthFull();
    Button save =
        new Button(
            getTranslation("council.save"),
            e -> {
              if (number.getValue().isBlank()
                  || date.getValue() == null
                  || form.getValue() == null) {
                number.setInvalid(number.getValue().isBlank());
                return;
              }
              desk.decide(award.documentId(), number.getValue(), date.getValue(), form.getValue());
              dialog.close();
              refresh();
              Notification.show(
                      getTranslation(
                          "council.decided", award.recipientName(), number.getValue().strip()),
                      5000,
                      Notification.Position.TOP_CENTER)
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
    save.setId("decision-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new Div(new H2(award.recipientName()), number, date, form));
    dialog.getFooter().add(new Button(getTranslation("council.cancel"), e -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.title");
  }
}
