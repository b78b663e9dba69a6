package vn.thidua.portal.stories.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ui.YearSelect;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.GridCards;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.stories.SourceReportNotAcceptedException;
import vn.thidua.portal.stories.StoryBody;
import vn.thidua.portal.stories.StoryDesk;
import vn.thidua.portal.stories.StoryDetails;
import vn.thidua.portal.stories.StoryDraft;
import vn.thidua.portal.stories.StoryListing;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.RichText;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;

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
  final RichTextField body;
  final Select<Column> column = new Select<>();
  final TextField tags = new TextField();
  final Checkbox featured = new Checkbox();
  final DatePicker publishedDate = new DatePicker();
  final Select<StrapiMedia> cover = new Select<>();
  final TextField coverAlt = new TextField();
  private final List<StrapiMedia> images = new ArrayList<>();
  final TextField sourceFile = new TextField();
  final IntegerField sourcePage = new IntegerField();
  final TextArea sourceExcerpt = new TextArea();
  private final Div preview = new Div();
  private final Paragraph state = new Paragraph();
  private final Anchor adminLink = new Anchor();
  private final Anchor publicLink = new Anchor();
  private final Grid<StoryListing> drafts = new Grid<>();
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
    body = new RichTextField(getTranslation("editor.form.body"));
    body.setId("story-body");
    body.command("story-h2", getTranslation("editor.rich.heading"), "formatBlock", "h2");
    body.command("story-h3", getTranslation("editor.rich.subheading"), "formatBlock", "h3");
    body.command("story-paragraph", getTranslation("editor.rich.paragraph"), "formatBlock", "p");
    body.command("story-bold", getTranslation("editor.rich.bold"), "bold", "");
    body.command("story-italic", getTranslation("editor.rich.italic"), "italic", "");
    body.command("story-ul", getTranslation("editor.rich.bullets"), "insertUnorderedList", "");
    body.command("story-ol", getTranslation("editor.rich.numbers"), "insertOrderedList", "");
    body.toolbarButton("story-link", getTranslation("editor.rich.link"))
        .addClickListener(e -> linkDialog());
    body.toolbarButton("story-image", getTranslation("editor.rich.image"))
        .addClickListener(e -> imageDialog());

    column.setLabel(getTranslation("editor.form.column"));
    column.setId("story-column");
    column.setItemLabelGenerator(
        c -> c == null ? getTranslation("editor.form.no-column") : c.name());
    column.setEmptySelectionAllowed(true);
    column.setEmptySelectionCaption(getTranslation("editor.form.no-column"));
    column.setItems(desk.columns());
    tags.setLabel(getTranslation("editor.form.tags"));
    tags.setHelperText(getTranslation("editor.form.tags-help"));
    tags.setId("story-tags");
    featured.setLabel(getTranslation("editor.form.featured"));
    featured.setId("story-featured");
    publishedDate.setLabel(getTranslation("editor.form.date"));
    publishedDate.setHelperText(getTranslation("editor.form.date-help"));
    publishedDate.setId("story-date");
    cover.setLabel(getTranslation("editor.form.cover"));
    cover.setId("story-cover");
    cover.setEmptySelectionAllowed(true);
    cover.setEmptySelectionCaption(getTranslation("editor.form.no-cover"));
    cover.setItemLabelGenerator(m -> m == null ? getTranslation("editor.form.no-cover") : m.name());
    images.addAll(desk.images());
    cover.setItems(images);
    cover.addValueChangeListener(
        e -> {
          if (e.getValue() != null
              && coverAlt.isEmpty()
              && e.getValue().alternativeText() != null) {
            coverAlt.setValue(e.getValue().alternativeText());
          }
        });
    coverAlt.setLabel(getTranslation("editor.form.cover-alt"));
    coverAlt.setHelperText(getTranslation("editor.form.alt-help"));
    coverAlt.setId("story-cover-alt");
    coverAlt.setWidthFull();
    Upload coverUpload = imageUpload("story-cover-upload", null, media -> cover.setValue(media));
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
    drafts
        .addColumn(s -> s.draft().title())
        .setHeader(getTranslation("editor.drafts.title"))
        .setFlexGrow(3);
    drafts
        .addColumn(s -> getTranslation(s.state().messageKey()))
        .setHeader(getTranslation("editor.drafts.state"));
    drafts
        .addColumn(s -> s.draft().column() == null ? "" : s.draft().column().name())
        .setHeader(getTranslation("editor.form.column"));
    drafts.addComponentColumn(
        s -> new Button(getTranslation("editor.drafts.edit"), e -> load(s.draft().documentId())));
    drafts.setAllRowsVisible(true);
    GridCards.on(
        drafts,
        getTranslation("editor.drafts.title"),
        s ->
            new GridCards.Card(s.draft().title())
                .line(getTranslation("editor.drafts.state"), getTranslation(s.state().messageKey()))
                .line(
                    getTranslation("editor.form.column"),
                    s.draft().column() == null ? null : s.draft().column().name())
                .actions(
                    new Button(
                        getTranslation("editor.drafts.edit"), e -> load(s.draft().documentId()))));

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
    GridCards.on(
        initiatives,
        getTranslation("editor.initiatives.title"),
        i ->
            new GridCards.Card(i.title())
                .line(
                    getTranslation("editor.initiatives.unit"),
                    i.unit() == null ? null : i.unit().name())
                .actions(
                    new Button(
                        getTranslation("editor.initiatives.write"),
                        e -> edit(null, desk.fromInitiative(i.documentId())))));

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
    GridCards.on(
        reports,
        getTranslation("editor.reports.unit"),
        r ->
            new GridCards.Card(reportLink(r))
                .line(getTranslation("editor.reports.number"), r.number())
                .line(getTranslation("editor.reports.files"), Integer.toString(r.files().size())));

    add(
        new H1(getTranslation("editor.title")),
        new H2(getTranslation("editor.form.heading")),
        title,
        summary,
        body,
        new HorizontalLayout(column, publishedDate, featured),
        tags,
        new HorizontalLayout(cover, coverUpload),
        coverAlt,
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
            s.sourceReport() == null ? null : s.sourceReport().documentId(),
            new StoryDetails(
                s.column() == null ? null : s.column().documentId(),
                s.cover() == null ? null : s.cover().id(),
                s.coverAlt() != null
                    ? s.coverAlt()
                    : s.cover() == null ? null : s.cover().alternativeText(),
                s.tags(),
                s.featured(),
                s.publishedDate())));
    if (s.cover() != null && images.stream().noneMatch(m -> m.id() == s.cover().id())) {
      images.add(s.cover());
      cover.setItems(images);
    }
    if (s.cover() != null) {
      images.stream().filter(m -> m.id() == s.cover().id()).findFirst().ifPresent(cover::setValue);
    }
    showSource(s.sourceReport());
    state.setText(getTranslation(desk.state(s).messageKey()));
  }

  void edit(@Nullable String id, @Nullable StoryDraft draft) {
    documentId = id;
    sourceInitiative = draft == null ? null : draft.sourceInitiativeDocumentId();
    sourceReport = draft == null ? null : draft.sourceReportDocumentId();
    showSource(null);
    unit = draft == null ? null : draft.unitDocumentId();
    title.setValue(draft == null ? "" : draft.title());
    summary.setValue(draft == null ? "" : draft.summary());
    body.setMarkdown(draft == null ? "" : draft.body(), id == null ? "" : id);
    StoryDetails d = draft == null ? StoryDetails.NONE : draft.details();
    column.setValue(
        d.columnDocumentId() == null
            ? null
            : column
                .getListDataView()
                .getItems()
                .filter(c -> c.documentId().equals(d.columnDocumentId()))
                .findFirst()
                .orElse(null));
    tags.setValue(String.join(", ", d.tags()));
    featured.setValue(d.featured());
    publishedDate.setValue(d.publishedDate());
    cover.setValue(null);
    coverAlt.setValue(d.coverAlt() == null ? "" : d.coverAlt());
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
        body.markdown(),
        sourceInitiative,
        unit,
        blankToNull(sourceFile.getValue()),
        sourcePage.getValue(),
        blankToNull(sourceExcerpt.getValue()),
        sourceReport,
        new StoryDetails(
            column.getValue() == null ? null : column.getValue().documentId(),
            cover.getValue() == null ? null : cover.getValue().id(),
            coverAlt.getValue(),
            StoryDetails.tags(tags.getValue()),
            featured.getValue(),
            publishedDate.getValue()));
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
    if (current().details().coverWithoutAlt()) {
      coverAlt.setInvalid(true);
      coverAlt.setErrorMessage(getTranslation("editor.form.alt-required"));
      state.setText(getTranslation("editor.form.alt-required"));
      return false;
    }
    coverAlt.setInvalid(false);
    Story saved;
    try {
      saved = documentId == null ? desk.create(current()) : desk.save(documentId, current());
    } catch (SourceReportNotAcceptedException e) {
      state.setText(getTranslation("editor.form.source-not-accepted"));
      return false;
    }
    documentId = saved.documentId();
    state.setText(
        getTranslation("editor.form.saved") + " " + getTranslation(desk.state(saved).messageKey()));
    showAdminLink();
    refreshLists();
    return true;
  }

  /**
   * The story as a reader will see it: the title, the lead and the body rendered by the public
   * page's own renderer ({@link StoryBody}), so the preview holds the very HTML of the public page.
   * Previewing saves the draft first.
   */
  private void preview() {
    // The preview is of the saved draft, under its own address: its images are named as on the
    // public page.
    if (!save()) {
      return;
    }
    preview.removeAll();
    preview.add(new H2(title.getValue()));
    if (!summary.getValue().isBlank()) {
      Paragraph lead = new Paragraph(summary.getValue());
      lead.addClassName("portal-lead");
      preview.add(lead);
    }
    Html rendered =
        new Html(
            StoryBody.html(RichText.of(body.markdown()), documentId == null ? "" : documentId));
    rendered.setId("story-preview-body");
    preview.add(rendered);
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

  /** Asks for the address of a link to put on the selected words. */
  private void linkDialog() {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("editor.rich.link"));
    TextField url = new TextField(getTranslation("editor.rich.link-url"));
    url.setId("story-link-url");
    url.setWidthFull();
    url.setHelperText(getTranslation("editor.rich.link-help"));
    Button insert =
        new Button(
            getTranslation("editor.rich.insert"),
            e -> {
              String href = url.getValue().strip();
              if (!href.matches("(?i)^(https?://\\S+|mailto:\\S+|/\\S*)$")) {
                url.setInvalid(true);
                url.setErrorMessage(getTranslation("editor.rich.link-invalid"));
                return;
              }
              dialog.close();
              body.insertLink(href);
            });
    insert.setId("story-link-insert");
    insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(url);
    dialog
        .getFooter()
        .add(new Button(getTranslation("editor.rich.cancel"), e -> dialog.close()), insert);
    dialog.open();
    url.focus();
  }

  /** Picks an image of the media library, or uploads one, with its required alternative text. */
  private void imageDialog() {
    // An image in the text is attached to the story, which must exist first.
    if (documentId == null && !save()) {
      return;
    }
    String story = documentId;
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("editor.rich.image"));
    Select<StrapiMedia> pick = new Select<>();
    pick.setLabel(getTranslation("editor.rich.image-pick"));
    pick.setId("story-image-pick");
    pick.setItems(images);
    pick.setItemLabelGenerator(m -> m == null ? "" : m.name());
    TextField alt = new TextField(getTranslation("editor.form.cover-alt"));
    alt.setId("story-image-alt");
    alt.setHelperText(getTranslation("editor.form.alt-help"));
    alt.setWidthFull();
    Upload upload =
        imageUpload(
            "story-image-upload",
            story,
            media -> {
              pick.setItems(images);
              pick.setValue(media);
            });
    Button insert =
        new Button(
            getTranslation("editor.rich.insert"),
            e -> {
              if (pick.getValue() == null) {
                pick.setInvalid(true);
                pick.setErrorMessage(getTranslation("editor.rich.image-required"));
                return;
              }
              if (alt.getValue().isBlank()) {
                alt.setInvalid(true);
                alt.setErrorMessage(getTranslation("editor.form.alt-required"));
                return;
              }
              dialog.close();
              String url = pick.getValue().url();
              body.insertImage(
                  documentId == null
                      ? url
                      : PublicFiles.rewriter(PublicFiles.Owner.STORY, documentId).apply(url),
                  alt.getValue().strip());
            });
    insert.setId("story-image-insert");
    insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new Div(pick), new Div(upload), alt);
    dialog
        .getFooter()
        .add(new Button(getTranslation("editor.rich.cancel"), e -> dialog.close()), insert);
    dialog.open();
  }

  /**
   * An upload of one image into the media library, attached to {@code story}'s text images when
   * given; {@code done} gets the new media.
   */
  private Upload imageUpload(
      String id, @Nullable String story, java.util.function.Consumer<StrapiMedia> done) {
    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, bytes) -> {
                  try {
                    StrapiMedia media = desk.uploadImage(story, metadata.fileName(), bytes);
                    getUI()
                        .ifPresent(
                            ui ->
                                ui.access(
                                    () -> {
                                      images.addFirst(media);
                                      cover.setItems(images);
                                      done.accept(media);
                                    }));
                  } catch (IllegalArgumentException e) {
                    getUI()
                        .ifPresent(
                            ui ->
                                ui.access(
                                    () ->
                                        state.setText(
                                            getTranslation("editor.rich.image-refused"))));
                  }
                }));
    upload.setId(id);
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) StoryDesk.MAX_IMAGE_BYTES);
    upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
    upload.setUploadButton(new Button(getTranslation("editor.rich.upload")));
    return upload;
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
