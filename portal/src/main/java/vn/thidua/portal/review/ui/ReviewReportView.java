package vn.thidua.portal.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.facts.ReportFileLink;
import vn.thidua.portal.facts.ui.FactsPanel;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.SearchResults;
import vn.thidua.portal.reports.ReportWorkflow;
import vn.thidua.portal.reports.ui.ReportFilesPanel;
import vn.thidua.portal.reports.ui.ReportHistoryText;
import vn.thidua.portal.review.ReviewService;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Report.StatusChange;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Story;

/**
 * One report under review: its files, their text, passages of the unit's files that match a query
 * (evidence hits), and the decision: accept, or return with a comment the unit reads. An editor
 * opens accepted reports here to start an exemplar story from a passage (a search hit, or words
 * selected in a page's text), which keeps the report, file and page as its source.
 */
@Route(value = Routes.WORKSPACE_REVIEW_REPORT, layout = MainLayout.class)
@RolesAllowed({
  PortalRole.Names.REVIEWER,
  PortalRole.Names.COUNCIL,
  PortalRole.Names.EDITOR,
  PortalRole.Names.ADMIN
})
public class ReviewReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final ReviewService review;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ReportFilesPanel files;
  private final @Nullable FactsPanel facts;
  final Paragraph storyMessage = new Paragraph();
  private final H1 title = new H1();
  private final Div details = new Div();
  private final Div decision = new Div();
  private final Div hits = new Div();
  private final Div history = new Div();
  private final Div citedBy = new Div();
  private @Nullable Report report;

  public ReviewReportView(
      ReviewService review,
      ReportFilesPanel files,
      ObjectProvider<FactsPanel> factsPanels,
      CurrentUser currentUser,
      Clock clock) {
    this.review = review;
    this.currentUser = currentUser;
    this.clock = clock;
    this.files = files;
    addClassName("portal-page");
    addClassName("workspace");
    decision.setId("review-decision");
    history.setId("report-history");
    hits.setId("evidence-hits");
    storyMessage.setId("story-from-passage-message");
    storyMessage.getElement().setAttribute("role", "status");
    boolean editor = mayWriteStories();
    Anchor back =
        editor && currentUser.hasRole(PortalRole.EDITOR)
            ? new Anchor(Routes.WORKSPACE_EDITOR, getTranslation("review.report.back-to-desk"))
            : new Anchor(Routes.WORKSPACE_REVIEW, getTranslation("review.report.back"));
    back.getElement().setAttribute("router-link", true);
    if (editor) {
      files.setPassageAction(
          (report, file, page, text) -> startStory(report.documentId(), file.id(), page, text));
    }
    // What the indexer read from the files, to confirm: for reviewers, the council and
    // administrators; an editor reads accepted reports for stories, not their figures.
    this.facts = currentUser.hasRole(PortalRole.EDITOR) ? null : factsPanels.getObject();
    add(back, title, details, files);
    if (facts != null) {
      add(facts);
    }
    citedBy.setId("report-cited-by");
    add(evidenceSearch(), storyMessage, hits, citedBy, decision, history);
  }

  private boolean mayWriteStories() {
    return currentUser.hasRole(PortalRole.EDITOR) || currentUser.hasRole(PortalRole.ADMIN);
  }

  /** Saves a story draft from the passage and opens it on the editor's desk. */
  void startStory(String reportDocumentId, long fileId, @Nullable Integer page, String text) {
    if (text.isBlank()) {
      storyMessage.setText(getTranslation("review.report.story-empty-passage"));
      return;
    }
    Story draft = review.storyFromPassage(reportDocumentId, fileId, page, text);
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    Routes.WORKSPACE_EDITOR,
                    QueryParameters.of(Routes.EDITOR_STORY_PARAMETER, draft.documentId())));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String id = event.getRouteParameters().get(Routes.DOCUMENT_ID).orElse("");
    show(review.report(id));
  }

  private void show(Report r) {
    this.report = r;
    title.setText(r.title() == null ? getTranslation("review.report.untitled") : r.title());
    details.removeAll();
    details.addClassName("workspace-card");
    details.add(
        new Paragraph(
            getTranslation("review.report.unit", r.unit() == null ? "" : r.unit().name())));
    ReportStatus status = r.status() == null ? ReportStatus.SUBMITTED : r.status();
    Paragraph statusLine =
        new Paragraph(
            getTranslation("reports.unit.status") + " " + getTranslation(status.messageKey()));
    statusLine.setId("report-status-label");
    details.add(statusLine);
    if (r.submittedAt() != null) {
      details.add(
          new Paragraph(
              getTranslation(
                  "reports.unit.submitted-at", Dates.format(r.submittedAt(), clock.getZone()))));
    }
    if (r.reviewerComment() != null && !r.reviewerComment().isBlank()) {
      details.add(
          new Paragraph(getTranslation("reports.unit.reviewer-comment", r.reviewerComment())));
    }
    files.show(r);
    if (facts != null) {
      facts.show(r.documentId());
    }
    showDecision(r, status);
    showHistory(r);
    showCitedBy(r);
  }

  /** Traceable both ways (issue 13): the nominations, awards and stories citing this report. */
  private void showCitedBy(Report r) {
    citedBy.removeAll();
    citedBy.add(new H2(getTranslation("dossier.cited-by")));
    List<vn.thidua.portal.dossier.CitationService.Citation> found;
    try {
      found = review.citing(r.documentId(), getLocale());
    } catch (vn.thidua.portal.strapi.StrapiException e) {
      citedBy.add(new Paragraph(getTranslation("dossier.cited-by.unavailable")));
      return;
    }
    if (found.isEmpty()) {
      citedBy.add(new Paragraph(getTranslation("dossier.cited-by.none")));
      return;
    }
    UnorderedList list = new UnorderedList();
    for (var c : found) {
      String year = c.year() == null ? "" : c.year().toString();
      String line =
          switch (c.kind()) {
            case PROPOSAL ->
                getTranslation("dossier.cited-by.proposal", c.title(), c.recipient(), year);
            case AWARD -> getTranslation("dossier.cited-by.award", c.title(), c.recipient(), year);
            case STORY -> getTranslation("dossier.cited-by.story", c.title());
          };
      ListItem item = new ListItem();
      item.addClassName("cited-by-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
      if (c.link() == null) {
        item.add(new com.vaadin.flow.component.html.Span(line));
      } else {
        Anchor a = new Anchor(c.link(), line);
        // The dossier is a download served beside the views, not a route of the app.
        a.setRouterIgnore(c.kind() == vn.thidua.portal.dossier.CitationService.Kind.PROPOSAL);
        item.add(a);
      }
      for (var p : c.pages()) {
        r.files().stream()
            .filter(f -> f.name().equals(p.fileName()))
            .findFirst()
            .ifPresent(
                f -> {
                  Anchor at =
                      new Anchor(
                          vn.thidua.portal.facts.ReportFileLink.url(
                              r.documentId(), Long.toString(f.id()), p.page()),
                          getTranslation(
                              "dossier.cited-by.page", p.fileName(), String.valueOf(p.page())));
                  at.setTarget("_blank");
                  at.setRouterIgnore(true);
                  at.addClassName("cited-by-page");
                  item.add(new com.vaadin.flow.component.html.Span(" · "), at);
                });
      }
      list.add(item);
    }
    citedBy.add(list);
  }

  private void showDecision(Report r, ReportStatus status) {
    decision.removeAll();
    boolean mayDecide =
        currentUser.hasRole(PortalRole.REVIEWER) || currentUser.hasRole(PortalRole.ADMIN);
    if (!mayDecide || !ReportWorkflow.allowed(status, ReportStatus.ACCEPTED)) {
      return;
    }
    TextArea comment = new TextArea(getTranslation("review.report.comment"));
    comment.setId("review-comment");
    comment.setWidthFull();
    comment.setHelperText(getTranslation("review.report.comment-help"));
    Button accept =
        new Button(
            getTranslation("review.report.accept"),
            e -> show(review.accept(r.documentId(), comment.getValue())));
    accept.setId("review-accept");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    Button giveBack =
        new Button(
            getTranslation("review.report.return"),
            e -> {
              if (comment.getValue().isBlank()) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation("review.report.comment-required"));
                return;
              }
              show(review.returnForChanges(r.documentId(), comment.getValue()));
            });
    giveBack.setId("review-return");
    giveBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
    decision.add(
        new H2(getTranslation("review.report.decision")),
        comment,
        new HorizontalLayout(accept, giveBack));
  }

  private void showHistory(Report r) {
    history.removeAll();
    if (r.history().isEmpty()) {
      return;
    }
    history.add(new H2(getTranslation("reports.history.heading")));
    UnorderedList list = new UnorderedList();
    for (StatusChange c : r.history()) {
      // Issue 17: supplements and removed files read as such, as in the unit's view.
      list.add(new ListItem(ReportHistoryText.line(this, c, clock.getZone())));
    }
    history.add(list);
  }

  private Div evidenceSearch() {
    TextField query = new TextField(getTranslation("review.report.evidence"));
    query.setId("evidence-query");
    query.setPlaceholder(getTranslation("review.report.evidence-placeholder"));
    Button go =
        new Button(getTranslation("review.report.evidence-search"), e -> search(query.getValue()));
    query.addKeyPressListener(Key.ENTER, e -> search(query.getValue()));
    Div box =
        new Div(
            new H2(getTranslation("review.report.evidence-heading")),
            new HorizontalLayout(query, go));
    return box;
  }

  private void search(String q) {
    hits.removeAll();
    Report r = report;
    if (r == null || q.isBlank() || r.unit() == null) {
      return;
    }
    IndexerResult<SearchResults> result = review.searchUnitEvidence(r.unit().documentId(), q);
    switch (result) {
      case IndexerResult.Available<SearchResults>(SearchResults found) -> {
        // An editor reads accepted reports only: the unit's other reports stay out of its hits.
        List<SearchResults.Hit> shown =
            currentUser.hasRole(PortalRole.EDITOR)
                ? found.hits().stream()
                    .filter(h -> r.documentId().equals(h.entryDocumentId()))
                    .toList()
                : found.hits();
        if (shown.isEmpty()) {
          hits.add(new Paragraph(getTranslation("review.report.evidence-none")));
        }
        UnorderedList list = new UnorderedList();
        for (SearchResults.Hit hit : shown) {
          String where =
              hit.fileName() == null
                  ? hit.title()
                  : hit.fileName()
                      + (hit.page() == null
                          ? ""
                          : " – " + getTranslation("reports.preview.page", hit.page()));
          // Highlights are untrusted: shown as plain text, the marks removed.
          String passage = String.join(" … ", hit.highlights()).replaceAll("</?(em|mark)>", "");
          ListItem item = new ListItem();
          // The file name at its page opens the file there, through the report's access rule.
          if ("report".equals(hit.kind())
              && hit.entryDocumentId() != null
              && hit.fileId() != null
              && hit.fileId().matches("\\d{1,18}")) {
            Anchor file =
                new Anchor(
                    ReportFileLink.url(hit.entryDocumentId(), hit.fileId(), hit.page()), where);
            file.setTarget(AnchorTarget.BLANK);
            file.getElement().setAttribute("router-ignore", true);
            file.addClassName("evidence-hit-file");
            item.add(file, new Span(": " + passage));
          } else {
            item.add(new Span(where + ": " + passage));
          }
          if (mayWriteStories()
              && r.documentId().equals(hit.entryDocumentId())
              && hit.fileId() != null
              && hit.fileId().matches("\\d{1,18}")) {
            long fileId = Long.parseLong(hit.fileId());
            Integer page = hit.page();
            Button write =
                new Button(
                    getTranslation("review.report.story-from-hit"),
                    e -> startStory(r.documentId(), fileId, page, passage));
            write.addClassName("story-from-hit");
            write.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            item.add(write);
          }
          list.add(item);
        }
        hits.add(list);
      }
      case IndexerResult.Unavailable<SearchResults> u ->
          hits.add(new Paragraph(getTranslation(u.messageKey())));
    }
  }

  @Override
  public String getPageTitle() {
    return report == null || report.title() == null
        ? getTranslation("review.report.untitled")
        : report.title();
  }
}
