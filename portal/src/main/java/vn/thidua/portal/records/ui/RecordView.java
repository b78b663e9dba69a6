package vn.thidua.portal.records.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.records.RecordService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Person;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The achievement record for staff: pick a unit (a unit sees its own, and no picker), then its
 * whole record year by year, with a link to what the public sees of it. The unit is also the query
 * parameter {@code don-vi}, so a record can be linked to.
 */
@Route(value = Routes.WORKSPACE_RECORDS, layout = MainLayout.class)
@RolesAllowed({
  PortalRole.Names.UNIT,
  PortalRole.Names.REVIEWER,
  PortalRole.Names.ECONOMY,
  PortalRole.Names.COUNCIL,
  PortalRole.Names.ADMIN
})
public class RecordView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final RecordService records;
  final Select<Unit> unit = new Select<>();
  final Select<Person> person = new Select<>();
  final Div body = new Div();
  private final List<Unit> units;
  private final List<Person> persons;

  public RecordView(RecordService records) {
    this.records = records;
    addClassName("portal-page");
    addClassName("workspace");
    units = records.units();
    unit.setId("record-unit");
    unit.setLabel(getTranslation("record.unit"));
    unit.setItems(units);
    unit.setItemLabelGenerator(Unit::name);
    unit.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            open(Routes.UNIT_PARAMETER, e.getValue().documentId());
          }
        });
    // Staff also open a person's record (1.4); a unit has none to pick.
    persons = records.persons();
    person.setId("record-person");
    person.setLabel(getTranslation("record.person"));
    person.setItems(persons);
    person.setItemLabelGenerator(Person::label);
    person.setWidth("32em");
    person.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            open(Routes.PERSON_PARAMETER, e.getValue().documentId());
          }
        });
    body.setId("record-body");
    add(new H1(getTranslation("record.title")));
    if (units.size() > 1) {
      add(unit);
    }
    if (!persons.isEmpty()) {
      add(person);
    }
    add(body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String wantedPerson =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter(Routes.PERSON_PARAMETER)
            .orElse("");
    Person chosenPerson =
        persons.stream().filter(p -> p.documentId().equals(wantedPerson)).findFirst().orElse(null);
    if (chosenPerson != null) {
      body.removeAll();
      person.setValue(chosenPerson);
      AchievementRecord record = records.staffPersonRecord(chosenPerson.documentId());
      body.add(new Paragraph(record.name()));
      boolean decided =
          record.years().stream()
              .flatMap(y -> y.awards().stream())
              .anyMatch(a -> a.status() == vn.thidua.portal.strapi.model.AwardStatus.DECIDED);
      if (decided) {
        Anchor link =
            Content.link(
                Routes.personRecord(record.unitDocumentId()), getTranslation("record.public-link"));
        link.setId("record-public-link");
        body.add(new Paragraph(link));
      }
      body.add(new RecordPanel(record));
      return;
    }
    String wanted =
        event
            .getLocation()
            .getQueryParameters()
            .getSingleParameter(Routes.UNIT_PARAMETER)
            .orElse(units.size() == 1 ? units.getFirst().documentId() : "");
    body.removeAll();
    Unit chosen =
        units.stream().filter(u -> u.documentId().equals(wanted)).findFirst().orElse(null);
    if (chosen == null) {
      body.add(Content.empty(getTranslation("record.pick")));
      return;
    }
    unit.setValue(chosen);
    show(records.staffRecord(chosen.documentId()));
  }

  private void show(AchievementRecord record) {
    body.add(new Paragraph(record.name()));
    if (record.slug() != null) {
      body.add(
          new Paragraph(
              Content.link(Routes.record(record.slug()), getTranslation("record.public-link"))));
    }
    body.add(new RecordPanel(record));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("record.title");
  }

  /** Opens the record picked: {@code ?parameter=documentId} on this page. */
  private void open(String parameter, String documentId) {
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    Routes.WORKSPACE_RECORDS,
                    com.vaadin.flow.router.QueryParameters.of(parameter, documentId)));
  }
}
