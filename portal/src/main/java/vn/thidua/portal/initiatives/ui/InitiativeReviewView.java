package vn.thidua.portal.initiatives.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.files.PageLinks;
import vn.thidua.portal.initiatives.InitiativeReviewException;
import vn.thidua.portal.initiatives.InitiativeService;
import vn.thidua.portal.initiatives.InitiativeService.Case;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeReview;
import vn.thidua.portal.strapi.model.InitiativeReview.Action;
import vn.thidua.portal.strapi.model.RichText;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * One initiative a unit registered, as staff judge it: what it is, the criteria it claims, its
 * evidence files (downloaded through the portal), the unit's self-assessment pointing at file and
 * page; then verify, recognise, return with a comment, publish or take down, every step in the
 * trail below.
 */
@Route(value = Routes.WORKSPACE_INITIATIVE, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.ADMIN})
public class InitiativeReviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final InitiativeService initiatives;
  private final Clock clock;
  private final H1 title = new H1();
  private final Div details = new Div();
  private final Div content = new Div();
  private final Div evidence = new Div();
  private final Grid<Initiative.SelfAssessment> assessment = new Grid<>();
  final Div decision = new Div();
  final TextArea comment = new TextArea();
  final Paragraph message = new Paragraph();
  final Div trail = new Div();
  private @Nullable Case shown;

  public InitiativeReviewView(InitiativeService initiatives, Clock clock) {
    this.initiatives = initiatives;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");
    details.addClassName("workspace-card");
    details.setId("initiative-review-details");
    evidence.setId("initiative-evidence");
    assessment.setId("initiative-self-assessment");
    assessment
        .addColumn(a -> a.criterion() == null ? "" : criterionLabel(a.criterion()))
        .setHeader(getTranslation("initiative-review.assessment.criterion"))
        .setFlexGrow(3);
    assessment
        .addColumn(a -> a.score() == null ? "" : formatScore(a.score()))
        .setHeader(getTranslation("initiative-review.assessment.score"));
    assessment
        .addColumn(a -> a.note() == null ? "" : a.note())
        .setHeader(getTranslation("initiative-review.assessment.note"))
        .setFlexGrow(2);
    assessment
        .addComponentColumn(this::assessmentEvidence)
        .setHeader(getTranslation("initiative-review.assessment.evidence"))
        .setFlexGrow(2);
    assessment.setAllRowsVisible(true);
    decision.setId("initiative-review-decision");
    comment.setId("initiative-review-comment");
    comment.setLabel(getTranslation("initiative-review.comment"));
    comment.setHelperText(getTranslation("initiative-review.comment-help"));
    comment.setWidthFull();
    message.setId("initiative-review-message");
    message.getElement().setAttribute("role", "status");
    trail.setId("initiative-review-trail");
    Anchor back =
        new Anchor(Routes.WORKSPACE_INITIATIVES, getTranslation("initiative-review.back-to-list"));
    back.getElement().setAttribute("router-link", true);
    add(
        back,
        title,
        details,
        content,
        new H2(getTranslation("initiative-review.evidence")),
        evidence,
        new H2(getTranslation("initiative-review.assessment.heading")),
        assessment,
        decision,
        trail);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get(Routes.DOCUMENT_ID).orElse("");
    show(initiatives.open(id));
  }

  void show(Case c) {
    this.shown = c;
    Initiative i = c.initiative();
    title.setText(i.title());
    details.removeAll();
    details.add(
        line("initiative-review.unit", i.unit() == null ? "" : i.unit().name()),
        line(
            "initiative-review.field",
            i.field() == null ? "" : getTranslation(i.field().messageKey())),
        line("initiative-review.year", i.year() == null ? "" : i.year().toString()));
    Paragraph status = line("initiative-review.status", getTranslation(c.status().messageKey()));
    status.setId("initiative-review-status");
    Paragraph published =
        new Paragraph(
            getTranslation(
                c.published() ? "initiative-review.published" : "initiative-review.not-published"));
    published.setId("initiative-public-state");
    details.add(status, published);
    if (c.published() && i.slug() != null) {
      Anchor pub =
          new Anchor(Routes.initiative(i.slug()), getTranslation("initiative-review.view-public"));
      pub.setTarget("_blank");
      details.add(new Paragraph(pub));
    }
    if (i.report() != null) {
      Anchor report =
          new Anchor(
              Routes.reviewReport(i.report().documentId()),
              getTranslation(
                  "initiative-review.report",
                  i.report().number() == null ? "" : i.report().number(),
                  i.report().year() == null ? "" : i.report().year().toString()));
      report.getElement().setAttribute("router-link", true);
      details.add(new Paragraph(report));
    }

    content.removeAll();
    text(content, i.summary());
    if (i.detail() != null
        && !i.detail().source().equals(i.summary() == null ? "" : i.summary().source())) {
      text(content, i.detail());
    }
    if (!i.criteria().isEmpty()) {
      content.add(new H2(getTranslation("initiative-review.criteria")));
      UnorderedList criteria = new UnorderedList();
      i.criteria().forEach(cr -> criteria.add(new ListItem(criterionLabel(cr))));
      content.add(criteria);
    }

    evidence.removeAll();
    if (i.evidence().isEmpty()) {
      evidence.add(new Paragraph(getTranslation("initiative-review.no-evidence")));
    } else {
      UnorderedList files = new UnorderedList();
      for (StrapiMedia m : i.evidence()) {
        files.add(new ListItem(download(i.documentId(), m)));
      }
      evidence.add(files);
    }
    assessment.setItems(i.selfAssessments());
    assessment.setVisible(!i.selfAssessments().isEmpty());

    showDecision(c);
    showTrail(c);
  }

  /**
   * The evidence file a self-assessment points at, as a link that opens it at the page (as the
   * unit's own view does), streamed through the same check as the evidence list above; plain text
   * when the initiative no longer has a file of that name.
   */
  private Component assessmentEvidence(Initiative.SelfAssessment a) {
    String name = a.evidenceFileName();
    if (name == null) {
      return new Span();
    }
    String text =
        a.evidencePage() == null
            ? name
            : getTranslation("initiative-review.assessment.file-page", name, a.evidencePage());
    Case c = shown;
    if (c == null) {
      return new Span(text);
    }
    String initiativeId = c.initiative().documentId();
    return c.initiative().evidence().stream()
        .filter(m -> name.equals(m.name()))
        .findFirst()
        .<Component>map(
            m ->
                PageLinks.at(
                    m,
                    a.evidencePage(),
                    text,
                    out -> initiatives.downloadEvidenceUnderReview(initiativeId, m.id(), out)))
        .orElseGet(() -> new Span(text));
  }

  private Anchor download(String initiativeDocumentId, StrapiMedia media) {
    return Content.mediaDownload(
        media,
        media.name(),
        out -> initiatives.downloadEvidenceUnderReview(initiativeDocumentId, media.id(), out));
  }

  private void showDecision(Case c) {
    decision.removeAll();
    HorizontalLayout buttons = new HorizontalLayout();
    buttons.setWrap(true);
    for (Action action : Action.values()) {
      if (!c.allows(action)) {
        continue;
      }
      Button b =
          new Button(
              getTranslation("initiative-review.do." + action.apiValue()),
              e -> take(c.initiative().documentId(), action));
      b.setId("initiative-" + action.apiValue());
      b.addThemeVariants(
          switch (action) {
            case VERIFY, RECOGNISE, PUBLISH -> ButtonVariant.LUMO_PRIMARY;
            case RETURN -> ButtonVariant.LUMO_ERROR;
            case UNPUBLISH -> ButtonVariant.LUMO_CONTRAST;
          });
      buttons.add(b);
    }
    decision.add(new H2(getTranslation("initiative-review.decision")), comment, buttons, message);
  }

  /** Takes the step; a refusal is shown beside the comment, which is kept. */
  void take(String documentId, Action action) {
    if (action == Action.RETURN && comment.getValue().isBlank()) {
      comment.setInvalid(true);
      comment.setErrorMessage(getTranslation("initiative-review.error.comment-required"));
      return;
    }
    try {
      Case after = initiatives.decide(documentId, action, comment.getValue());
      comment.clear();
      comment.setInvalid(false);
      show(after);
      message.setText(getTranslation("initiative-review.done." + action.apiValue()));
    } catch (InitiativeReviewException e) {
      // Someone else took a step meanwhile: show the initiative as it is now, and why.
      show(initiatives.open(documentId));
      message.setText(getTranslation(e.messageKey()));
    }
  }

  private void showTrail(Case c) {
    trail.removeAll();
    trail.add(new H2(getTranslation("initiative-review.trail")));
    if (c.trail().isEmpty()) {
      trail.add(new Paragraph(getTranslation("initiative-review.trail-empty")));
      return;
    }
    UnorderedList list = new UnorderedList();
    for (InitiativeReview r : c.trail()) {
      list.add(new ListItem(trailLine(r)));
    }
    trail.add(list);
  }

  String trailLine(InitiativeReview r) {
    String what = r.action() == null ? "" : getTranslation(r.action().messageKey());
    String line =
        getTranslation(
            "initiative-review.trail-item",
            Dates.format(r.at(), clock.getZone()),
            r.actor() == null ? "" : r.actor(),
            what,
            r.toStatus() == null ? "" : getTranslation(r.toStatus().messageKey()));
    return r.comment() == null || r.comment().isBlank() ? line : line + " – " + r.comment();
  }

  private Paragraph line(String key, String value) {
    return new Paragraph(getTranslation(key, value));
  }

  /** Untrusted text from the unit: shown as text, paragraph by paragraph, never as HTML. */
  private static void text(Div into, @Nullable RichText text) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String paragraph : text.source().split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        into.add(new Paragraph(paragraph.strip()));
      }
    }
  }

  private static String criterionLabel(Criterion c) {
    return (c.code() == null ? "" : c.code() + ". ") + c.title();
  }

  private static String formatScore(double score) {
    return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
  }

  @Override
  public String getPageTitle() {
    return shown == null
        ? getTranslation("initiative-review.list.heading")
        : shown.initiative().title();
  }
}
