package vn.thidua.portal.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.registration.EmulationSettings.AwardForm;
import vn.thidua.portal.registration.PlanCriterion;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.registration.RegistrationException;
import vn.thidua.portal.registration.RegistrationForm;
import vn.thidua.portal.registration.RegistrationService;
import vn.thidua.portal.registration.RegistrationService.Desk;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * A unit's registration for this year: during the window, the criteria of its kind to commit to, a
 * target for each that has a measure, and the award form it aims for; saved as a draft until it
 * submits. Outside the window it says plainly when the window is.
 */
@Route(value = Routes.WORKSPACE_UNIT_REGISTRATION, layout = MainLayout.class)
@RolesAllowed(PortalRole.Names.UNIT)
public class RegistrationView extends Div implements HasDynamicTitle {

  private final RegistrationService registrations;
  private final Clock clock;
  private final H1 title = new H1();
  final Paragraph window = new Paragraph();
  final Paragraph status = new Paragraph();
  final Paragraph message = new Paragraph();
  final Div body = new Div();
  final Map<String, Checkbox> ticks = new LinkedHashMap<>();
  final Map<String, TextField> targets = new LinkedHashMap<>();
  final Select<String> awardForm = new Select<>();

  public RegistrationView(RegistrationService registrations, Clock clock) {
    this.registrations = registrations;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");
    window.setId("registration-window");
    window.addClassName("workspace-card");
    status.setId("registration-status");
    message.setId("registration-message");
    message.getElement().setAttribute("role", "status");
    message.getElement().setAttribute("aria-live", "polite");
    body.setId("registration-body");
    Anchor back = new Anchor(Routes.WORKSPACE_UNIT, getTranslation("registration.back"));
    back.getElement().setAttribute("router-link", true);
    add(back, title, window, status, message, body);
    refresh();
  }

  void refresh() {
    Desk desk = registrations.myDesk();
    title.setText(getTranslation("registration.title", String.valueOf(desk.year())));
    showWindow(desk);
    showStatus(desk.registration());
    body.removeAll();
    ticks.clear();
    targets.clear();
    if (desk.editable()) {
      showForm(desk);
    } else {
      showCommitments(desk.registration());
    }
  }

  private void showWindow(Desk desk) {
    String opens = Dates.format(desk.window().opensOn(desk.year()));
    String closes = Dates.format(desk.window().closesOn(desk.year()));
    window.setText(
        switch (desk.phase()) {
          case OPEN -> getTranslation("registration.window.open", opens, closes);
          case NOT_YET_OPEN -> getTranslation("registration.window.not-yet", opens, closes);
          case CLOSED ->
              getTranslation(
                  "registration.window.closed",
                  String.valueOf(desk.year()),
                  opens,
                  closes,
                  Dates.format(desk.window().opensOn(desk.year() + 1)));
        });
  }

  private void showStatus(@Nullable Registration r) {
    status.removeAll();
    String text;
    if (r == null) {
      text = getTranslation("registration.status.none");
    } else if (r.isSubmitted()) {
      text =
          getTranslation(
              "registration.status.submitted-at",
              Dates.format(r.submittedAt(), clock.getZone()),
              r.submittedBy() == null ? "" : r.submittedBy());
    } else {
      text = getTranslation("registration.status.draft");
    }
    Span label = new Span(text);
    label.setId("registration-status-label");
    status.add(new Span(getTranslation("registration.status.label") + " "), label);
  }

  private void showForm(Desk desk) {
    Registration r = desk.registration();
    Map<String, @Nullable String> chosen = new LinkedHashMap<>();
    if (r != null) {
      r.commitments().stream()
          .filter(c -> c.criterion() != null)
          .forEach(c -> chosen.put(c.criterion().documentId(), c.target()));
    }
    body.add(new H2(getTranslation("registration.criteria.heading")));
    body.add(new Paragraph(getTranslation("registration.criteria.help")));
    if (desk.criteria().isEmpty()) {
      body.add(new Paragraph(getTranslation("registration.criteria.none")));
    }
    for (PlanCriterion c : desk.criteria()) {
      String code = c.code() == null ? c.documentId() : c.code();
      Checkbox tick = new Checkbox(code + " – " + c.title());
      tick.setId("commit-" + code);
      tick.setValue(chosen.containsKey(c.documentId()));
      ticks.put(c.documentId(), tick);
      Div row = new Div(tick);
      row.addClassName("workspace-card");
      if (c.hasMeasure()) {
        TextField target =
            new TextField(getTranslation("registration.criteria.target", c.measure()));
        target.setId("target-" + code);
        target.setMaxLength(200);
        String current = chosen.get(c.documentId());
        target.setValue(current == null ? "" : current);
        target.setEnabled(tick.getValue());
        tick.addValueChangeListener(e -> target.setEnabled(e.getValue()));
        targets.put(c.documentId(), target);
        row.add(target);
      }
      body.add(row);
    }
    List<String> forms = desk.awardForms().stream().map(AwardForm::name).distinct().toList();
    awardForm.setId("award-form");
    awardForm.setLabel(getTranslation("registration.award-form"));
    awardForm.setItems(forms);
    awardForm.setItemLabelGenerator(
        name ->
            desk.awardForms().stream()
                .filter(f -> f.name().equals(name) && f.stage() != null)
                .findFirst()
                .map(f -> name + " (" + getTranslation(f.stage().messageKey()) + ")")
                .orElse(name));
    if (r != null && r.awardForm() != null && forms.contains(r.awardForm())) {
      awardForm.setValue(r.awardForm());
    }
    body.add(awardForm);

    Button save = new Button(getTranslation("registration.save"), e -> send(false));
    save.setId("registration-save");
    Button submit = new Button(getTranslation("registration.submit"), e -> send(true));
    submit.setId("registration-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    body.add(new Paragraph(getTranslation("registration.submit.help")));
    body.add(new HorizontalLayout(save, submit));
  }

  /** What the unit ticked and typed. */
  RegistrationForm form() {
    Map<String, @Nullable String> commitments = new LinkedHashMap<>();
    ticks.forEach(
        (id, tick) -> {
          if (tick.getValue()) {
            TextField target = targets.get(id);
            commitments.put(id, target == null ? null : target.getValue());
          }
        });
    return new RegistrationForm(commitments, awardForm.getValue());
  }

  private void send(boolean submit) {
    try {
      if (submit) {
        registrations.submit(form());
      } else {
        registrations.save(form());
      }
      refresh();
      message.setText(getTranslation(submit ? "registration.submitted" : "registration.saved"));
      message.removeClassName("outcome-refused");
    } catch (RegistrationException e) {
      message.setText(getTranslation(e.messageKey(), e.args()));
      message.addClassName("outcome-refused");
    }
  }

  private void showCommitments(@Nullable Registration r) {
    if (r == null) {
      return;
    }
    body.add(new H2(getTranslation("registration.committed.heading")));
    UnorderedList list = new UnorderedList();
    list.setId("registration-commitments");
    for (Registration.Commitment c : r.commitments()) {
      if (c.criterion() == null) {
        continue;
      }
      PlanCriterion k = c.criterion();
      String line = (k.code() == null ? "" : k.code() + " – ") + k.title();
      if (c.target() != null) {
        line += " — " + getTranslation("registration.committed.target", c.target(), k.measure());
      }
      list.add(new ListItem(line));
    }
    body.add(list);
    if (r.awardForm() != null) {
      Paragraph form = new Paragraph(getTranslation("registration.committed.form", r.awardForm()));
      form.setId("registration-award-form");
      body.add(form);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("registration.page-title");
  }
}
