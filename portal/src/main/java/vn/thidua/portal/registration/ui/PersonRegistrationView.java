package vn.thidua.portal.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.registration.EmulationSettings;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.registration.RegistrationException;
import vn.thidua.portal.registration.RegistrationForm;
import vn.thidua.portal.registration.RegistrationService;
import vn.thidua.portal.registration.RegistrationService.PersonDesk;
import vn.thidua.portal.registration.RegistrationWindow.Phase;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Person;

/**
 * The staff's registration desk for individuals (1.4): persons have no account, so the
 * Culture–Society office (or an administrator) registers each from the form they signed — the
 * individuals' criteria, a target where a criterion has a measure, and the award form — inside the
 * year's window, once per person.
 */
@Route(value = PersonRegistrationView.ROUTE, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.ADMIN})
public class PersonRegistrationView extends Div implements HasDynamicTitle {

  /** Where the desk lives. */
  public static final String ROUTE = "lam-viec/dang-ky-ca-nhan";

  private final RegistrationService registrations;
  final Paragraph window = new Paragraph();
  final Paragraph message = new Paragraph();
  final Div body = new Div();
  final Select<Person> person = new Select<>();
  final Map<String, Checkbox> ticks = new LinkedHashMap<>();
  final Map<String, TextField> targets = new LinkedHashMap<>();
  final Select<String> awardForm = new Select<>();

  public PersonRegistrationView(RegistrationService registrations) {
    this.registrations = registrations;
    addClassNames("portal-page", "workspace");
    window.setId("person-registration-window");
    window.addClassName("workspace-card");
    message.setId("person-registration-message");
    message.getElement().setAttribute("role", "status");
    message.getElement().setAttribute("aria-live", "polite");
    body.setId("person-registration-body");
    add(new H1(getTranslation("person-registration.title")), window, message, body);
    refresh();
  }

  void refresh() {
    PersonDesk desk = registrations.personDesk();
    String opens = Dates.format(desk.window().opensOn(desk.year()));
    String closes = Dates.format(desk.window().closesOn(desk.year()));
    window.setText(
        desk.phase() == Phase.OPEN
            ? getTranslation("person-registration.window.open", opens, closes)
            : getTranslation("person-registration.window.closed", opens, closes));
    body.removeAll();
    ticks.clear();
    targets.clear();
    boolean open = desk.phase() == Phase.OPEN;
    person.setId("person-registration-person");
    person.setLabel(getTranslation("person-registration.person"));
    person.setItems(
        desk.persons().stream().filter(p -> !desk.registered().contains(p.documentId())).toList());
    person.setItemLabelGenerator(Person::label);
    person.setWidth("32em");
    person.setEnabled(open);
    body.add(person, new H2(getTranslation("person-registration.criteria.heading")));
    for (PlanCriterion c : desk.criteria()) {
      Checkbox tick = new Checkbox(c.code() + " " + c.title());
      tick.setId("person-commit-" + c.code());
      tick.setEnabled(open);
      ticks.put(c.documentId(), tick);
      body.add(new Div(tick));
      if (c.hasMeasure()) {
        TextField target =
            new TextField(getTranslation("registration.criteria.target", c.measure()));
        target.setId("person-target-" + c.code());
        target.setEnabled(open);
        targets.put(c.documentId(), target);
        body.add(target);
      }
    }
    awardForm.setId("person-registration-form");
    awardForm.setLabel(getTranslation("registration.award-form"));
    awardForm.setItems(
        desk.awardForms().stream().map(EmulationSettings.AwardForm::name).distinct().toList());
    awardForm.setEnabled(open);
    Button submit = new Button(getTranslation("person-registration.submit"), e -> submit());
    submit.setId("person-registration-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setEnabled(open);
    body.add(new Div(awardForm), submit);
  }

  private void submit() {
    Person chosen = person.getValue();
    if (chosen == null) {
      message.setText(getTranslation("person-registration.error.person"));
      return;
    }
    Map<String, String> commitments = new LinkedHashMap<>();
    ticks.forEach(
        (id, tick) -> {
          if (tick.getValue()) {
            TextField target = targets.get(id);
            commitments.put(id, target == null ? null : target.getValue());
          }
        });
    try {
      registrations.registerPerson(
          chosen.documentId(), new RegistrationForm(commitments, awardForm.getValue()));
      refresh();
      message.setText(getTranslation("person-registration.done", chosen.label()));
    } catch (RegistrationException e) {
      message.setText(getTranslation(e.messageKey(), e.args()));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("person-registration.title");
  }
}
