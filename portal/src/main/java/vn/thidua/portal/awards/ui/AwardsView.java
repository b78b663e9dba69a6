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
import vn.thidua.portal.files.PageLinks;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Stage;

/**
 * Honours: decided awards by stage (annual, mid-term 2027, final 2030) and by form, each with what
 * it rests on (issue 17): the initiatives it cites and the passages of the accepted reports that
 * propose it, each file linked at its page.
 */
@Route(value = Routes.AWARDS, layout = MainLayout.class)
@AnonymousAllowed
class AwardsView extends Div implements HasDynamicTitle {

  /** Award documentId to the person's documentId, for awards to persons (1.4). */
  private final Map<String, String> persons;

  private final Map<String, List<AwardService.Passage>> passages;

  AwardsView(AwardService awards) {
    addClassNames("portal-page", "portal-awards");
    add(new H1(getPageTitle()), new Paragraph(getTranslation("honours.intro")));
    List<Award> decided = StaleContent.unwrap(awards.decided());
    persons =
        decided.stream().anyMatch(a -> a.recipientUnit() == null)
            ? awards.personsOfDecided()
            : Map.of();
    passages = decided.isEmpty() ? Map.of() : awards.passages();
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
    li.setId(Routes.awardAnchor(a.documentId()));
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
    evidence(a).ifPresent(li::add);
    return li;
  }

  /** The initiatives and report passages the award rests on, when there are any. */
  private Optional<Div> evidence(Award a) {
    List<Initiative> initiatives =
        a.initiatives().stream().filter(i -> i.slug() != null && !i.slug().isBlank()).toList();
    List<AwardService.Passage> cited = passages.getOrDefault(a.documentId(), List.of());
    if (initiatives.isEmpty() && cited.isEmpty()) {
      return Optional.empty();
    }
    Div box = new Div();
    box.addClassName("portal-honour-evidence");
    if (!initiatives.isEmpty()) {
      box.add(new Paragraph(getTranslation("honours.evidence.initiatives")));
      UnorderedList list = new UnorderedList();
      list.addClassName("portal-honour-initiatives");
      initiatives.forEach(
          i -> list.add(new ListItem(Content.link(Routes.initiative(i.slug()), i.title()))));
      box.add(list);
    }
    if (!cited.isEmpty()) {
      box.add(new Paragraph(getTranslation("honours.evidence.passages")));
      UnorderedList list = new UnorderedList();
      list.addClassName("portal-honour-passages");
      for (AwardService.Passage p : cited) {
        String file =
            p.page() == null
                ? p.file().name()
                : getTranslation("honours.evidence.file-page", p.file().name(), p.page());
        String text =
            p.proposal() == null
                ? file
                : getTranslation("honours.evidence.proposal", p.proposal(), file);
        list.add(
            new ListItem(
                PageLinks.publicAt(
                    PublicFiles.url(PublicFiles.Owner.REPORT, p.reportDocumentId(), p.file()),
                    p.page(),
                    text)));
      }
      box.add(list);
    }
    if (a.evidenceNote() != null && !a.evidenceNote().isBlank()) {
      box.add(new Paragraph(a.evidenceNote().source()));
    }
    return Optional.of(box);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("awards.title");
  }
}
