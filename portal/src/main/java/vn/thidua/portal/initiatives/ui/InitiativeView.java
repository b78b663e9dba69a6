package vn.thidua.portal.initiatives.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.initiatives.InitiativeService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * One initiative: its unit, field and year, summary, detail, criteria and public evidence, and the
 * decided awards and published stories that cite it (issue 17: evidence both ways).
 */
@Route(value = Routes.INITIATIVE, layout = MainLayout.class)
@AnonymousAllowed
class InitiativeView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  private final InitiativeService initiatives;
  private String title = "";

  InitiativeView(InitiativeService initiatives) {
    this.initiatives = initiatives;
    addClassNames("portal-page", "portal-initiative");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String slug = event.getRouteParameters().get(Routes.SLUG).orElse("");
    Optional<Initiative> found = StaleContent.unwrap(initiatives.bySlug(slug));
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    Initiative i = found.get();
    title = i.title();
    add(new Paragraph(Content.link(Routes.INITIATIVES, getTranslation("initiative.back"))));
    add(new H1(i.title()));

    Div facts = new Div();
    facts.addClassName("portal-facts-list");
    if (i.unit() != null) {
      String unit =
          i.unit().kind() == null
              ? i.unit().name()
              : i.unit().name() + " (" + getTranslation(i.unit().kind().messageKey()) + ")";
      facts.add(new Paragraph(getTranslation("initiative.unit", unit)));
    }
    if (i.field() != null) {
      facts.add(
          new Paragraph(
              getTranslation("initiative.field", getTranslation(i.field().messageKey()))));
    }
    if (i.year() != null) {
      facts.add(new Paragraph(getTranslation("initiative.year", String.valueOf(i.year()))));
    }
    if (i.reviewStatus() != null) {
      facts.add(
          new Paragraph(
              getTranslation("initiative.status", getTranslation(i.reviewStatus().messageKey()))));
    }
    add(facts);

    if (i.summary() != null && !i.summary().isBlank()) {
      add(new H2(getTranslation("initiative.summary")), Content.richText(i.summary()));
    }
    if (i.detail() != null && !i.detail().isBlank()) {
      add(
          new H2(getTranslation("initiative.detail")),
          Content.richText(
              i.detail(), PublicFiles.rewriter(PublicFiles.Owner.INITIATIVE, i.documentId())));
    }
    if (!i.criteria().isEmpty()) {
      add(new H2(getTranslation("initiative.criteria")));
      UnorderedList list = new UnorderedList();
      for (Criterion c : i.criteria()) {
        String code = c.code() == null ? "" : c.code() + " ";
        list.add(new ListItem(code + c.title()));
      }
      add(list);
    }
    add(new H2(getTranslation("initiative.evidence")));
    // Issue 17: evidence from the unit's accepted report is public evidence, shown with the rest.
    Optional<InitiativeService.ReportEvidence> fromReport = initiatives.acceptedReportEvidence(i);
    if (fromReport.isPresent() && !fromReport.get().files().isEmpty()) {
      InitiativeService.ReportEvidence r = fromReport.get();
      UnorderedList files = new UnorderedList();
      files.setId("initiative-report-evidence");
      for (StrapiMedia file : r.files()) {
        String label =
            r.number() == null || r.number().isBlank()
                ? getTranslation("initiative.evidence.report-file", file.name())
                : getTranslation("initiative.evidence.report-file-number", file.name(), r.number());
        files.add(
            new ListItem(
                Content.download(
                    PublicFiles.url(PublicFiles.Owner.REPORT, r.reportDocumentId(), file), label)));
      }
      add(files);
    }
    if (i.evidence().isEmpty() && fromReport.map(r -> r.files().isEmpty()).orElse(true)) {
      add(Content.empty(getTranslation("initiative.evidence.none")));
    } else if (!i.evidence().isEmpty()) {
      UnorderedList files = new UnorderedList();
      for (StrapiMedia file : i.evidence()) {
        Anchor a =
            Content.download(
                PublicFiles.url(PublicFiles.Owner.INITIATIVE, i.documentId(), file), file.name());
        files.add(new ListItem(a));
      }
      add(files);
    }
    citedBy(i);
  }

  /** The decided awards and the published stories that rest on this initiative. */
  private void citedBy(Initiative i) {
    List<Award> citingAwards = StaleContent.unwrap(initiatives.awardsCiting(i.documentId()));
    if (!citingAwards.isEmpty()) {
      add(new H2(getTranslation("initiative.cited.awards")));
      UnorderedList list = new UnorderedList();
      list.setId("initiative-awards");
      for (Award a : citingAwards) {
        String text =
            a.decisionNumber() == null
                ? getTranslation(
                    "initiative.cited.award",
                    Optional.ofNullable(a.form()).orElse(""),
                    String.valueOf(a.year()))
                : getTranslation(
                    "initiative.cited.award-decision",
                    Optional.ofNullable(a.form()).orElse(""),
                    String.valueOf(a.year()),
                    a.decisionNumber());
        // A full load, so the browser scrolls to the award's item (the router ignores fragments).
        list.add(new ListItem(new Anchor(Routes.award(a.documentId()), text)));
      }
      add(list);
    }
    List<Story> citingStories = initiatives.storiesCiting(i.documentId(), getLocale());
    if (!citingStories.isEmpty()) {
      add(new H2(getTranslation("initiative.cited.stories")));
      UnorderedList list = new UnorderedList();
      list.setId("initiative-stories");
      for (Story s : citingStories) {
        list.add(new ListItem(Content.link(Routes.story(s.slug()), s.title())));
      }
      add(list);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("initiative.title", title);
  }
}
