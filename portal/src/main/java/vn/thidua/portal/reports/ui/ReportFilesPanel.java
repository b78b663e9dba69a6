package vn.thidua.portal.reports.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import vn.thidua.portal.indexer.FileReasons;
import vn.thidua.portal.indexer.FileText;
import vn.thidua.portal.indexer.IndexedFile;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.RetryOutcome;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.GridCards;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * A report's files with their extraction status (queued, OCR, indexed, refused with its reason), a
 * preview of the extracted text and a download through the portal, which checks who asks. Used by
 * the unit's workspace and the reviewer's report view; for an editor, each page of the preview
 * offers to start a story from the words selected in it.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class ReportFilesPanel extends Div {

  private final ReportService reports;
  private final Grid<FileRow> grid = new Grid<>();
  private final Paragraph indexerNotice = new Paragraph();
  private final Paragraph retryOutcome = new Paragraph();
  private List<FileRow> rows = List.of();
  private @Nullable Registration retryPoll;
  private @Nullable Report report;
  private boolean pending;
  private @Nullable PassageAction passageAction;
  private @Nullable FileEditing editing;
  private final Div supplements = new Div();

  /**
   * What the unit may do with a file of its open report: take it off, or replace it by another. The
   * view decides who gets it; the service checks again.
   */
  public interface FileEditing {
    void remove(Report report, StrapiMedia file);

    void replace(Report report, StrapiMedia file);
  }

  /**
   * What to do with a passage of a file's text (the editor starts a story from it).
   *
   * @param page the page, null for a file without pages (DOCX, ODT: its text is one piece)
   * @param text the words selected on the page, or the page's whole text when none are
   */
  @FunctionalInterface
  public interface PassageAction {
    void start(Report report, StrapiMedia file, @Nullable Integer page, String text);
  }

  /** A file of the report and what the indexer says of it (null when it does not know it yet). */
  record FileRow(StrapiMedia media, @Nullable IndexedFile status) {
    boolean isPending() {
      return status == null || status.isPending();
    }
  }

  public ReportFilesPanel(ReportService reports) {
    this.reports = reports;
    addClassName("report-files");
    grid.addColumn(row -> row.media().name())
        .setHeader(getTranslation("reports.files.name"))
        .setFlexGrow(3);
    grid.addColumn(this::statusText)
        .setHeader(getTranslation("reports.files.status"))
        .setFlexGrow(2);
    grid.addColumn(
            row ->
                row.status() == null || row.status().pages() == null
                    ? ""
                    : row.status().pages().toString())
        .setHeader(getTranslation("reports.files.pages"))
        .setFlexGrow(0);
    grid.addComponentColumn(this::actions).setHeader(getTranslation("reports.files.actions"));
    grid.setAllRowsVisible(true);
    GridCards.on(
        grid,
        getTranslation("reports.files.name"),
        row ->
            new GridCards.Card(row.media().name())
                .line(getTranslation("reports.files.status"), statusText(row))
                .line(
                    getTranslation("reports.files.pages"),
                    row.status() == null || row.status().pages() == null
                        ? null
                        : row.status().pages().toString())
                .actions(actions(row)));
    grid.setId("report-files");
    indexerNotice.setVisible(false);
    indexerNotice.addClassName("portal-notice");
    supplements.setId("report-supplements");
    retryOutcome.setId("report-files-retry-outcome");
    retryOutcome.getElement().setAttribute("role", "status");
    retryOutcome.setVisible(false);
    add(
        new H3(getTranslation("reports.files.heading")),
        indexerNotice,
        retryOutcome,
        grid,
        supplements);
  }

  /** Offers to remove or replace each file while the report is open (the unit's own view). */
  public void setFileEditing(@Nullable FileEditing editing) {
    this.editing = editing;
  }

  /** Whether the indexer has finished with the file of that name (indexed, partial or refused). */
  public boolean isFinal(String fileName) {
    return rows.stream()
        .anyMatch(
            r ->
                r.media().name().equals(fileName) && r.status() != null && !r.status().isPending());
  }

  /**
   * Files sent after the report was accepted, marked as supplements (bổ sung): they belong to the
   * same report, are read under the same rule, and are not part of the accepted, public record.
   */
  private void showSupplements(Report current) {
    supplements.removeAll();
    List<StrapiMedia> sent = reports.supplements(current.documentId());
    if (sent.isEmpty()) {
      return;
    }
    supplements.add(new H3(getTranslation("reports.supplements.heading")));
    supplements.add(new Paragraph(getTranslation("reports.supplements.explained")));
    com.vaadin.flow.component.html.UnorderedList list =
        new com.vaadin.flow.component.html.UnorderedList();
    for (StrapiMedia m : sent) {
      Span badge = new Span(getTranslation("reports.supplements.badge"));
      badge.addClassName("portal-tag");
      badge.addClassName("supplement-badge");
      Anchor link =
          Content.mediaDownload(
              m, m.name(), out -> reports.download(current.documentId(), m.id(), out));
      list.add(new com.vaadin.flow.component.html.ListItem(badge, new Span(" "), link));
    }
    supplements.add(list);
  }

  /**
   * Offers, under each page of a file's text, to start from the selected words (or the page): only
   * for those who may (the view decides; the service checks again).
   */
  public void setPassageAction(@Nullable PassageAction action) {
    this.passageAction = action;
  }

  /** Shows the report's files and asks the indexer for their status. */
  public void show(@Nullable Report report) {
    this.report = report;
    refresh();
  }

  /** Reads the report's files and asks the indexer again; true while a file is being extracted. */
  public boolean refresh() {
    Report current = report;
    if (current == null) {
      rows = List.of();
      grid.setItems(rows);
      supplements.removeAll();
      pending = false;
      return false;
    }
    showSupplements(current);
    Map<String, IndexedFile> known = statuses(reports.fileStatuses(current.documentId()));
    rows =
        current.files().stream()
            .map(m -> new FileRow(m, known.get(Long.toString(m.id()))))
            .toList();
    grid.setItems(rows);
    pending = rows.stream().anyMatch(FileRow::isPending);
    return pending;
  }

  /**
   * Asks the indexer only while a file is not final, and redraws only the rows that changed: what a
   * view calls every few seconds (one indexer call; no Strapi read). True while one is pending.
   */
  public boolean refreshPending() {
    Report current = report;
    if (current == null || !pending) {
      return false;
    }
    Map<String, IndexedFile> known = statuses(reports.fileStatuses(current));
    List<FileRow> updated = new ArrayList<>();
    for (FileRow row : rows) {
      IndexedFile now = known.get(Long.toString(row.media().id()));
      if (row.isPending() && now != null && !now.equals(row.status())) {
        FileRow changed = new FileRow(row.media(), now);
        updated.add(changed);
      } else {
        updated.add(row);
      }
    }
    if (!updated.equals(rows)) {
      rows = List.copyOf(updated);
      grid.setItems(rows);
    }
    pending = rows.stream().anyMatch(FileRow::isPending);
    return pending;
  }

  /** The statuses by file id, or none (and the notice) when the indexer did not answer. */
  private Map<String, IndexedFile> statuses(IndexerResult<List<IndexedFile>> result) {
    if (result instanceof IndexerResult.Available<List<IndexedFile>>(List<IndexedFile> files)) {
      indexerNotice.setVisible(false);
      return files.stream()
          .collect(Collectors.toMap(IndexedFile::fileId, Function.identity(), (a, b) -> b));
    }
    indexerNotice.setText(getTranslation("reports.files.indexer-unavailable"));
    indexerNotice.setVisible(true);
    return Map.of();
  }

  public boolean isPending() {
    return pending;
  }

  /**
   * The words a person selects in the page are sent with each mouse or key release (the browser
   * forgets a selection when a button is pressed, so it is taken before).
   */
  private Button passageButton(
      Dialog dialog,
      Pre pre,
      PassageAction action,
      Report current,
      StrapiMedia media,
      FileText.Page page) {
    String[] selected = {""};
    ComponentUtil.addListener(pre, SelectedByMouse.class, e -> selected[0] = e.text);
    ComponentUtil.addListener(pre, SelectedByKeys.class, e -> selected[0] = e.text);
    Button start =
        new Button(
            getTranslation("reports.preview.story-from-page"),
            e -> {
              dialog.close();
              String text =
                  selected[0] == null || selected[0].isBlank() ? page.text() : selected[0];
              action.start(current, media, page.page() >= 1 ? page.page() : null, text);
            });
    start.addClassName("story-from-page");
    start.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return start;
  }

  /** The words selected inside the element, empty when the selection is elsewhere. */
  private static final String SELECTION =
      "(function(){const s=window.getSelection();"
          + "return s&&s.rangeCount&&element.contains(s.getRangeAt(0).commonAncestorContainer)"
          + "?s.toString():'';})()";

  /** A selection made with the mouse in a page's text. */
  @DomEvent("mouseup")
  public static class SelectedByMouse extends ComponentEvent<Pre> {
    final String text;

    public SelectedByMouse(Pre source, boolean fromClient, @EventData(SELECTION) String text) {
      super(source, fromClient);
      this.text = text == null ? "" : text;
    }
  }

  /** A selection made with the keyboard (shift and arrows) in a page's text. */
  @DomEvent("keyup")
  public static class SelectedByKeys extends ComponentEvent<Pre> {
    final String text;

    public SelectedByKeys(Pre source, boolean fromClient, @EventData(SELECTION) String text) {
      super(source, fromClient);
      this.text = text == null ? "" : text;
    }
  }

  private String statusText(FileRow row) {
    IndexedFile status = row.status();
    if (status == null) {
      return getTranslation("reports.file-status.waiting");
    }
    String label = getTranslation("reports.file-status." + status.status());
    String reason = FileReasons.text(status, this::getTranslation);
    return reason == null ? label : label + " – " + reason;
  }

  private HorizontalLayout actions(FileRow row) {
    Report current = report;
    HorizontalLayout actions = new HorizontalLayout();
    if (current == null) {
      return actions;
    }
    String documentId = current.documentId();
    Anchor download =
        Content.mediaDownload(
            row.media(),
            getTranslation("reports.files.download"),
            out -> reports.download(documentId, row.media().id(), out));
    actions.add(download);
    if (row.status() != null && !row.status().isPending()) {
      Button preview =
          new Button(
              getTranslation("reports.files.preview"), e -> preview(documentId, row.media()));
      preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      actions.add(preview);
    }
    if (row.status() != null && row.status().isRetryable() && reports.mayRetryFiles()) {
      Button retry =
          new Button(
              getTranslation("reports.files.retry"), e -> confirmRetry(documentId, row.media()));
      retry.addClassName("retry-file");
      retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      actions.add(retry);
    }
    FileEditing edit = editing;
    if (edit != null && current.status() != ReportStatus.ACCEPTED) {
      Button replace =
          new Button(
              getTranslation("reports.files.replace"), e -> edit.replace(current, row.media()));
      replace.addClassName("file-replace");
      replace.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      Button remove =
          new Button(
              getTranslation("reports.files.remove"), e -> edit.remove(current, row.media()));
      remove.addClassName("file-remove");
      remove.addThemeVariants(
          ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
      remove.getElement().setAttribute("data-file", row.media().name());
      replace.getElement().setAttribute("data-file", row.media().name());
      actions.add(replace, remove);
    }
    return actions;
  }

  /** Reading a file again costs the indexer a parser process's time: the admin confirms first. */
  private void confirmRetry(String documentId, StrapiMedia media) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("reports.files.retry.confirm-title", media.name()));
    dialog.add(new Paragraph(getTranslation("reports.files.retry.confirm-text")));
    Button cancel = new Button(getTranslation("reports.files.retry.cancel"), e -> dialog.close());
    Button confirm =
        new Button(
            getTranslation("reports.files.retry.confirm"),
            e -> {
              dialog.close();
              retry(documentId, media);
            });
    confirm.setId("retry-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(cancel, confirm);
    dialog.open();
  }

  private void retry(String documentId, StrapiMedia media) {
    String key =
        switch (reports.retryFile(documentId, media.id())) {
          case IndexerResult.Available<RetryOutcome>(RetryOutcome outcome) ->
              switch (outcome) {
                case QUEUED -> "reports.files.retry.queued";
                case NOT_RETRYABLE -> "reports.files.retry.not-retryable";
                case UNKNOWN -> "reports.files.retry.unknown";
              };
          case IndexerResult.Unavailable<RetryOutcome> u -> "reports.files.retry.unavailable";
        };
    retryOutcome.setText(getTranslation(key, media.name()));
    retryOutcome.setVisible(true);
    if (refresh()) {
      followAfterRetry();
    }
  }

  /**
   * Follows the file read again until it is final. The views that show the panel to an admin do not
   * poll by themselves (only the unit's desk does, and a unit cannot retry), so the panel asks for
   * the UI's poll and gives it up when done.
   */
  private void followAfterRetry() {
    getUI()
        .ifPresent(
            ui -> {
              if (retryPoll != null) {
                return;
              }
              retryPoll =
                  ui.addPollListener(
                      e -> {
                        if (!refreshPending()) {
                          stopFollowing(ui);
                        }
                      });
              ui.setPollInterval((int) reports.pollEvery().toMillis());
            });
  }

  private void stopFollowing(UI ui) {
    if (retryPoll != null) {
      retryPoll.remove();
      retryPoll = null;
      ui.setPollInterval(-1);
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    stopFollowing(event.getUI());
  }

  private void preview(String documentId, StrapiMedia media) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("reports.preview.title", media.name()));
    dialog.setWidth("min(900px, 95vw)");
    IndexerResult<java.util.Optional<FileText>> text =
        reports.text(documentId, Long.toString(media.id()));
    Div body = new Div();
    body.addClassName("report-preview");
    switch (text) {
      case IndexerResult.Available<java.util.Optional<FileText>>(var found)
          when found.isPresent() -> {
        for (FileText.Page page : found.get().pages()) {
          // A file without pages (DOCX, ODT) comes as one piece, numbered 0: no page heading.
          if (page.page() >= 1) {
            Span heading = new Span(getTranslation("reports.preview.page", page.page()));
            heading.addClassName("report-preview-page");
            body.add(heading);
          }
          Pre pre = new Pre(page.text());
          pre.getStyle().set("white-space", "pre-wrap");
          body.add(pre);
          PassageAction action = passageAction;
          Report current = report;
          if (action != null && current != null) {
            body.add(passageButton(dialog, pre, action, current, media, page));
          }
        }
        if (found.get().pages().isEmpty()) {
          body.add(new Paragraph(getTranslation("reports.preview.empty")));
        }
      }
      case IndexerResult.Available<java.util.Optional<FileText>> none ->
          body.add(new Paragraph(getTranslation("reports.preview.empty")));
      case IndexerResult.Unavailable<java.util.Optional<FileText>> u ->
          body.add(new Paragraph(getTranslation("reports.files.indexer-unavailable")));
    }
    dialog.add(body);
    Button close = new Button(getTranslation("reports.preview.close"), e -> dialog.close());
    close.setId("report-preview-close");
    dialog.getFooter().add(close);
    dialog.open();
  }
}
