package vn.thidua.portal.awards.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.portal.awards.AwardService;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.Stage;

/** Honours: decided awards by stage (annual, mid-term 2027, final 2030) and by form. */
@Route(value = Routes.AWARDS, layout = MainLayout.class)
@AnonymousAllowed
class AwardsView extends Div implements HasDynamicTitle {

  /** Award documentId to the person's documentId, for awards to persons (1.4). */
  private final Map<String, String> persons;

  AwardsView(AwardService awards) {
    addClassNames("portal-page", "portal-awards");
    add(new H1(getPageTitle()), new Paragraph(getTranslation("honours.intro")));
    List<Award> decided = StaleContent.unwrap(awards.decided());
    persons =
        decided.stream().anyMatch(a -> a.recipientUnit() == null)
            ? awards.personsOfDecided()
            : Map.of();
    for (Stage stage : Stage.values()) {
      Section section = new Section();
      section.add(new H2(getTranslation(stage.messageKey())));
      Map<String, List<Award>> byForm = new LinkedHashMap<>();
      decided.stream()
          .filter(a -> a.stage() == stage)
          .forEach(
              a ->
                  byForm
                      .computeIfAbsent(
                          Optional.ofNullable(a.form())
                              .orElse(getTranslation("honours.form.other")),
                          f -> new java.util.ArrayList<>())
                      .add(a));
      if (byForm.isEmpty()) {
        section.add(Content.empty(getTranslation("honours.none")));
      }
      byForm.forEach(
          (form, list) -> {
            section.add(new H3(form));
            UnorderedList items = new UnorderedList();
            items.addClassName("portal-honours");
            list.forEach(a -> items.add(item(a)));
            section.add(items);
          });
      add(section);
    }
  }

  private ListItem item(Award a) {
    ListItem li = new ListItem();
    String who = a.recipientName();
    Div name = new Div();
    name.setText(who);
    name.addClassName("portal-honour-name");
    li.add(name);
    Div meta = new Div();
    meta.addClassName("portal-meta");
    if (a.year() != null) {
      meta.add(Content.tag(getTranslation("honours.year", String.valueOf(a.year()))));
    }
    if (a.decisionNumber() != null) {
      meta.add(
          Content.tag(
              a.decisionDate() != null
                  ? getTranslation(
                      "honours.decision", a.decisionNumber(), Dates.format(a.decisionDate()))
                  : getTranslation("honours.decision-number", a.decisionNumber())));
    }
    String person = persons.get(a.documentId());
    if (a.recipientUnit() == null && person != null) {
      // The person's public record (issue 12): their decided awards.
      meta.add(
          Content.link(
              vn.thidua.portal.shell.Routes.personRecord(person), getTranslation("record.link")));
    }
    if (a.recipientUnit() != null && a.recipientUnit().slug() != null) {
      // The unit's public achievement record (issue 12): accepted, published and decided only.
      meta.add(
          Content.link(
              vn.thidua.portal.shell.Routes.record(a.recipientUnit().slug()),
              getTranslation("record.link")));
    }
    li.add(meta);
    if (a.reason() != null && !a.reason().isBlank()) {
      li.add(new Paragraph(a.reason().source()));
    }
    return li;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("awards.title");
  }
}
