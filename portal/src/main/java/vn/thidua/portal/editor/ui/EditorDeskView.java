package vn.thidua.portal.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ui.YearSelect;
import vn.thidua.portal.editor.SourceReportNotAcceptedException;
import vn.thidua.portal.editor.StoryDesk;
import vn.thidua.portal.editor.StoryDraft;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Story;

/**
 * The editor's desk: write a story (draft, preview, publish), or start an exemplar story from an
 * initiative or from a passage of an accepted report (listed here by year, opened in the report
 * view), keeping the link to its source; open a draft in Strapi's admin.
 */
@Route(value = Routes.WORKSPACE_EDITOR, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.EDITOR, PortalRole.Names.ADMIN})
public class EditorDeskView extends Div implements HasDynamicTitle, BeforeEnterObserver {

  /** {@code ?sang-kien=<documentId>} starts an exemplar story from that initiative. */
  public static final String FROM_INITIATIVE = "sang-kien";

  /**
   * {@code ?tin-bai=<documentId>} opens that draft (a story just started from a report passage).
   */
  public static final String STORY = Routes.EDITOR_STORY_PARAMETER;

  private final StoryDesk desk;
  final TextField title = new TextField();
  final TextArea summary = new TextArea();
  final TextArea body = new TextArea();
  final TextField sourceFile = new TextField();
  final IntegerField sourcePage = new IntegerField();
  final TextArea sourceExcerpt = new TextArea();
  private final Div preview = new Div();
  private final Paragraph state = new Paragraph();
  private final Anchor adminLink = new Anchor();
  private final Anchor publicLink = new Anchor();
  private final Grid<Story> drafts = new Grid<>();
  private final Grid<Initiative> initiatives = new Grid<>();
  final Grid<Report> reports = new Grid<>();
  final Paragraph source = new Paragraph();
  private final YearSelect reportYear;
  private @Nullable String documentId;
  private @Nullable String sourceInitiative;
  private @Nullable String sourceReport;
  private @Nullable String unit;

  public EditorDeskView(StoryDesk desk) {
    this.desk = desk;
    this.reportYear = new YearSelect(desk.campaignYears(), getTranslation("editor.reports.year"));
    addClassName("portal-page");
    addClassName("workspace");

    title.setLabel(getTranslation("editor.form.title"));
    title.setId("story-title");
    title.setWidthFull();
    title.setRequired(true);
    summary.setLabel(getTranslation("editor.form.summary"));
    summary.setId("story-summary");
    summary.setWidthFull();
    body.setLabel(getTranslation("editor.form.body"));
    body.setId("story-body");
    body.setWidthFull();
    body.setMinHeight("12em");
    sourceFile.setLabel(getTranslation("editor.form.source-file"));
    sourceFile.setId("story-source-file");
    sourcePage.setLabel(getTranslation("editor.form.source-page"));
    sourcePage.setId("story-source-page");
    sourceExcerpt.setLabel(getTranslation("editor.form.source-excerpt"));
    sourceExcerpt.setId("story-source-excerpt");
    sourceExcerpt.setWidthFull();

    Button save = new Button(getTranslation("editor.form.save"), e -> save());
    save.setId("story-save");
    Button showPreview = new Button(getTranslation("editor.form.preview"), e -> preview());
    showPreview.setId("story-preview");
    Button publish = new Button(getTranslation("editor.form.publish"), e -> publish());
    publish.setId("story-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button fresh = new Button(getTranslation("editor.form.new"), e -> edit(null, null));
    adminLink.setText(getTranslation("editor.form.open-admin"));
    adminLink.setTarget("_blank");
    adminLink.setVisible(false);
    publicLink.setVisible(false);
    publicLink.setId("story-public-link");
    state.setId("story-state");
    state.getElement().setAttribute("role", "status");
    preview.setId("story-preview-pane");
    preview.addClassName("workspace-card");
    preview.setVisible(false);

    drafts.setId("story-drafts");
    drafts.addColumn(Story::title).setHeader(getTranslation("editor.drafts.title")).setFlexGrow(3);
    drafts
        .addColumn(
            s ->
                s.publishedAt() == null
                    ? getTranslation("editor.drafts.draft")
                    : getTranslation("editor.drafts.published"))
        .setHeader(getTranslation("editor.drafts.state"));
    drafts.addComponentColumn(
        s -> new Button(getTranslation("editor.drafts.edit"), e -> load(s.documentId())));
    drafts.setAllRowsVisible(true);

    initiatives.setId("editor-initiatives");
    initiatives
        .addColumn(Initiative::title)
        .setHeader(getTranslation("editor.initiatives.title"))
        .setFlexGrow(3);
    initiatives
        .addColumn(i -> i.unit() == null ? "" : i.unit().name())
        .setHeader(getTranslation("editor.initiatives.unit"));
    initiatives.addComponentColumn(
        i -> {
          Button write =
              new Button(
                  getTranslation("editor.initiatives.write"),
                  e -> edit(null, desk.fromInitiative(i.documentId())));
          write.addThemeVariants(ButtonVariant.LUMO_SMALL);
          return write;
        });
    initiatives.setAllRowsVisible(true);

    source.setId("story-source");
    source.setVisible(false);
    reportYear.setId("editor-report-year");
    reportYear.addValueChangeListener(
        e -> reports.setItems(desk.acceptedReports(reportYear.year())));
    reports.setId("editor-reports");
    reports
        .addComponentColumn(this::reportLink)
        .setHeader(getTranslation("editor.reports.unit"))
        .setFlexGrow(3);
    reports
        .addColumn(r -> r.number() == null ? "" : r.number())
        .setHeader(getTranslation("editor.reports.number"));
    reports
        .addColumn(r -> Integer.toString(r.files().size()))
        .setHeader(getTranslation("editor.reports.files"));
    reports.setAllRowsVisible(true);

    add(
        new H1(getTranslation("editor.title")),
        new H2(getTranslation("editor.form.heading")),
        title,
        summary,
        body,
        new HorizontalLayout(sourceFile, sourcePage),
        sourceExcerpt,
        source,
        new HorizontalLayout(save, showPreview, publish, fresh),
        state,
        adminLink,
        publicLink,
        preview,
        new H2(getTranslation("editor.drafts.heading")),
        drafts,
        new H2(getTranslation("editor.initiatives.heading")),
        initiatives,
        new H2(getTranslation("editor.reports.heading")),
        new Paragraph(getTranslation("editor.reports.help")),
        reportYear,
        reports);
    refreshLists();
    reports.setItems(desk.acceptedReports(reportYear.year()));
  }

  private void refreshLists() {
    drafts.setItems(desk.drafts());
    initiatives.setItems(desk.initiatives());
  }

  private Anchor reportLink(Report r) {
    Anchor open =
        new Anchor(
            Routes.reviewReport(r.documentId()),
            r.unit() == null ? getTranslation("editor.reports.open") : r.unit().name());
    open.getElement().setAttribute("router-link", true);
    return open;
  }

  private void load(String id) {
    Story s = desk.draft(id);
    edit(
        id,
        new StoryDraft(
            s.title(),
            s.summary() == null ? "" : s.summary().source(),
            s.body() == null ? "" : s.body().source(),
            s.sourceInitiative() == null ? null : s.sourceInitiative().documentId(),
            s.units().isEmpty() ? null : s.units().getFirst().documentId(),
            s.sourceFileName(),
            s.sourcePage(),
            s.sourceExcerpt(),
            s.sourceReport() == null ? null : s.sourceReport().documentId()));
    showSource(s.sourceReport());
  }

  void edit(@Nullable String id, @Nullable StoryDraft draft) {
    documentId = id;
    sourceInitiative = draft == null ? null : draft.sourceInitiativeDocumentId();
    sourceReport = draft == null ? null : draft.sourceReportDocumentId();
    showSource(null);
    unit = draft == null ? null : draft.unitDocumentId();
    title.setValue(draft == null ? "" : draft.title());
    summary.setValue(draft == null ? "" : draft.summary());
    body.setValue(draft == null ? "" : draft.body());
    sourceFile.setValue(
        draft == null || draft.sourceFileName() == null ? "" : draft.sourceFileName());
    sourcePage.setValue(draft == null ? null : draft.sourcePage());
    sourceExcerpt.setValue(
        draft == null || draft.sourceExcerpt() == null ? "" : draft.sourceExcerpt());
    preview.setVisible(false);
    publicLink.setVisible(false);
    state.setText(
        sourceInitiative != null
            ? getTranslation("editor.form.from-initiative")
            : sourceReport != null ? getTranslation("editor.form.from-report") : "");
    showAdminLink();
  }

  /** Where a story from a report passage comes from, with the way back to the report. */
  private void showSource(@Nullable Report report) {
    source.removeAll();
    if (report == null) {
      source.setVisible(false);
      return;
    }
    Anchor open =
        new Anchor(
            Routes.reviewReport(report.documentId()),
            getTranslation(
                "editor.form.source-report",
                report.number() == null ? "" : report.number(),
                report.unit() == null ? "" : report.unit().name(),
                report.year() == null ? "" : report.year().toString()));
    open.getElement().setAttribute("router-link", true);
    source.add(open);
    source.setVisible(true);
  }

  StoryDraft current() {
    return new StoryDraft(
        title.getValue().strip(),
        summary.getValue(),
        body.getValue(),
        sourceInitiative,
        unit,
        blankToNull(sourceFile.getValue()),
        sourcePage.getValue(),
        blankToNull(sourceExcerpt.getValue()),
        sourceReport);
  }

  private static @Nullable String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private boolean save() {
    if (title.getValue().isBlank()) {
      title.setInvalid(true);
      title.setErrorMessage(getTranslation("editor.form.title-required"));
      return false;
    }
    Story saved;
    try {
      saved = documentId == null ? desk.create(current()) : desk.save(documentId, current());
    } catch (SourceReportNotAcceptedException e) {
      state.setText(getTranslation("editor.form.source-not-accepted"));
      return false;
    }
    documentId = saved.documentId();
    state.setText(getTranslation("editor.form.saved"));
    showAdminLink();
    refreshLists();
    return true;
  }

  /** The story as a reader will see it; text is shown as text, never as HTML. */
  private void preview() {
    preview.removeAll();
    preview.add(new H2(title.getValue()), new Paragraph(summary.getValue()));
    for (String paragraph : body.getValue().split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        preview.add(new Paragraph(paragraph.strip()));
      }
    }
    if (!sourceFile.isEmpty()) {
      preview.add(
          new Paragraph(
              getTranslation(
                  "editor.preview.source",
                  sourceFile.getValue(),
                  sourcePage.getValue() == null ? "" : sourcePage.getValue())));
    }
    preview.setVisible(true);
  }

  private void publish() {
    if (!save() || documentId == null) {
      return;
    }
    Story published;
    try {
      published = desk.publish(documentId);
    } catch (SourceReportNotAcceptedException e) {
      state.setText(getTranslation("editor.form.source-not-accepted"));
      return;
    }
    state.setText(getTranslation("editor.form.published"));
    if (published.slug() != null) {
      publicLink.setHref(Routes.story(published.slug()));
      publicLink.setText(getTranslation("editor.form.view-public"));
      publicLink.setVisible(true);
    }
    refreshLists();
  }

  private void showAdminLink() {
    if (documentId != null) {
      adminLink.setHref(desk.adminUrl(documentId));
      adminLink.setVisible(true);
    } else {
      adminLink.setVisible(false);
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    var query = event.getLocation().getQueryParameters();
    query
        .getSingleParameter(FROM_INITIATIVE)
        .filter(id -> !id.isBlank())
        .ifPresent(id -> edit(null, desk.fromInitiative(id)));
    query.getSingleParameter(STORY).filter(id -> !id.isBlank()).ifPresent(this::load);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("editor.title");
  }
}
