package vn.thidua.portal.reports.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.reports.ReportDetailsService;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.ReportService.UnitDesk;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Report.StatusChange;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.uploads.FileType;
import vn.thidua.portal.uploads.UploadOutcome;

/**
 * A unit's workspace: the deadline of the year and a countdown, where its report stands, the upload
 * of its files (several at once, drag and drop, a progress bar per file, the size limit shown
 * before upload) and each file's extraction status, refreshed while the indexer works; below, the
 * unit's reports of earlier years with their status and files.
 */
@Route(value = Routes.WORKSPACE_UNIT, layout = MainLayout.class)
@RolesAllowed(PortalRole.Names.UNIT)
public class UnitWorkspaceView extends Div implements HasDynamicTitle {

  private final ReportService reports;
  private final Clock clock;
  final Div deadline = new Div();
  final Div status = new Div();
  final UnorderedList outcomes = new UnorderedList();
  final ReportFilesPanel files;
  final ReportDetailsPanel details;
  final Div history = new Div();
  final Div spooled = new Div();
  final Div earlier = new Div();
  final Div resubmitBox = new Div();
  final H2 uploadHeading = new H2();

  /** The note of each file stored this visit, until the indexer has finished with it. */
  private final java.util.Map<String, ListItem> extracting = new java.util.LinkedHashMap<>();

  private @Nullable Upload upload;
  private final int year;
  private @Nullable Registration poll;
  private boolean spoolWaiting;

  public UnitWorkspaceView(ReportService reports, ReportDetailsService reportDetails, Clock clock) {
    this.reports = reports;
    this.clock = clock;
    this.year = reports.currentYear();
    this.files = new ReportFilesPanel(reports);
    files.setFileEditing(
        new ReportFilesPanel.FileEditing() {
          @Override
          public void remove(Report report, StrapiMedia file) {
            confirmRemove(report, file);
          }

          @Override
          public void replace(Report report, StrapiMedia file) {
            replaceDialog(report, file);
          }
        });
    resubmitBox.setId("resubmit-box");
    this.details = new ReportDetailsPanel(reportDetails);
    addClassName("portal-page");
    addClassName("workspace");
    deadline.setId("deadline");
    status.setId("report-status");
    outcomes.setId("upload-outcomes");
    outcomes.getElement().setAttribute("role", "status");
    outcomes.getElement().setAttribute("aria-live", "polite");
    history.setId("report-history");
    earlier.setId("earlier-reports");
    Anchor initiatives =
        new Anchor(Routes.WORKSPACE_UNIT_INITIATIVES, getTranslation("workspace.initiatives.link"));
    initiatives.getElement().setAttribute("router-link", true);
    initiatives.setId("my-initiatives-link");
    // Issue 12: the year's emulation registration has its own page.
    Anchor registration =
        new Anchor(Routes.WORKSPACE_UNIT_REGISTRATION, getTranslation("registration.link"));
    registration.getElement().setAttribute("router-link", true);
    registration.setId("my-registration-link");
    // Issue 12: the award decisions that name the unit (council.ui.UnitNoticesView).
    Anchor notices =
        new Anchor(Routes.WORKSPACE_UNIT + "/thong-bao", getTranslation("notices.link"));
    notices.setId("my-notices-link");
    // Issue 12: the unit's own achievement record (records.ui.RecordView).
    Anchor record = new Anchor(Routes.WORKSPACE_RECORDS, getTranslation("record.title"));
    record.setId("my-record-link");
    add(
        new H1(getTranslation("reports.unit.title")),
        initiatives,
        new Paragraph(registration),
        new Paragraph(notices),
        new Paragraph(record),
        deadline,
        status,
        uploadSection(),
        outcomes,
        spooled,
        files,
        resubmitBox,
        details,
        history,
        earlier);
    refresh();
  }

  private Div uploadSection() {
    long max = reports.maxFileSize();
    Paragraph limits =
        new Paragraph(getTranslation("reports.upload.limits", String.valueOf(max / (1024 * 1024))));
    limits.setId("upload-limits");
    UploadHandler handler =
        event -> {
          UI ui = event.getUI();
          UploadOutcome outcome =
              reports.receive(
                  event.getFileName(), event.getFileSize(), event.getInputStream(), n -> {});
          ui.access(() -> showOutcome(outcome));
          if (outcome instanceof UploadOutcome.Refused refused) {
            // Fails the upload in the browser too; showOutcome puts the reason beside the file.
            throw new IOException("Refused " + refused.fileName() + ": " + refused.messageKey());
          }
        };
    Upload upload = new Upload(handler);
    this.upload = upload;
    upload.setId("report-upload");
    upload.setI18n(UploadTexts.of(this));
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
    upload.setAcceptedFileTypes(FileType.ACCEPTED_EXTENSIONS);
    upload.setDropAllowed(true);
    upload.addFileRejectedListener(
        e ->
            showOutcome(
                new UploadOutcome.Refused(
                    e.getFileName(), "reports.upload.refused.browser", e.getErrorMessage())));
    upload.addAllFinishedListener(e -> refresh());
    Div section = new Div(uploadHeading, limits, upload);
    section.addClassName("workspace-upload");
    return section;
  }

  void showOutcome(UploadOutcome outcome) {
    String text =
        switch (outcome) {
          case UploadOutcome.Stored s when s.supplement() ->
              getTranslation("reports.upload.stored.supplement", s.fileName());
          case UploadOutcome.Stored s -> getTranslation("reports.upload.stored", s.fileName());
          case UploadOutcome.Spooled s -> getTranslation("reports.upload.spooled", s.fileName());
          case UploadOutcome.Refused r ->
              getTranslation(
                  "reports.upload.refused", r.fileName(), getTranslation(r.messageKey(), r.args()));
        };
    ListItem item = new ListItem(text);
    item.addClassName(outcome instanceof UploadOutcome.Refused ? "outcome-refused" : "outcome-ok");
    item.getElement().setAttribute("data-file", outcome.fileName());
    outcomes.add(item);
    if (outcome instanceof UploadOutcome.Stored s && !s.supplement()) {
      extracting.put(s.fileName(), item);
    }
    if (outcome instanceof UploadOutcome.Refused r) {
      besideTheFile(r);
    }
    refresh();
  }

  /**
   * The Upload's own line for a refused file: a file that would be refused again (too large, of a
   * refused type, empty, refused by Strapi) leaves the Upload's list, so no retry button is
   * offered, and its reason stays in the outcome line that names it; a transfer that broke off
   * keeps its line and its retry, with the reason written on it.
   */
  private void besideTheFile(UploadOutcome.Refused refused) {
    Upload u = upload;
    if (u == null) {
      return;
    }
    u.getElement()
        .executeJs(
            "const up = this, name = $0, reason = $1, retry = $2;"
                + "const apply = () => { const f = (up.files || []).find(x => x.name === name);"
                + " if (!f) return;"
                + " if (retry) { f.error = reason; up.files = [...up.files]; }"
                + " else { up.files = up.files.filter(x => x !== f); } };"
                + "const f = (up.files || []).find(x => x.name === name);"
                + "if (!f || f.error || f.complete) { apply(); }"
                + "else { const once = e => { if (e.detail.file.name === name) {"
                + " up.removeEventListener('upload-error', once); setTimeout(apply); } };"
                + " up.addEventListener('upload-error', once); }",
            refused.fileName(),
            getTranslation(refused.messageKey(), refused.args()),
            refused.retryable());
  }

  /** Once the indexer has finished with a file, its note no longer says it is being extracted. */
  private void settleExtractionNotes() {
    extracting
        .entrySet()
        .removeIf(
            e -> {
              if (!files.isFinal(e.getKey())) {
                return false;
              }
              e.getValue().setText(getTranslation("reports.upload.stored.final", e.getKey()));
              return true;
            });
  }

  private void confirmRemove(Report report, StrapiMedia file) {
    com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
        new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
    dialog.setHeader(getTranslation("reports.files.remove.title", file.name()));
    dialog.setText(getTranslation("reports.files.remove.text"));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("reports.files.remove.cancel"));
    dialog.setConfirmText(getTranslation("reports.files.remove.confirm"));
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(
        e -> {
          reports.removeFile(report.documentId(), file.id());
          ListItem item = new ListItem(getTranslation("reports.files.removed", file.name()));
          item.addClassName("outcome-ok");
          outcomes.add(item);
          refresh();
        });
    dialog.open();
  }

  private void replaceDialog(Report report, StrapiMedia file) {
    com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
    dialog.setHeaderTitle(getTranslation("reports.files.replace.title", file.name()));
    UploadHandler handler =
        event -> {
          UI ui = event.getUI();
          UploadOutcome outcome =
              reports.replaceFile(
                  report.documentId(),
                  file.id(),
                  event.getFileName(),
                  event.getFileSize(),
                  event.getInputStream(),
                  n -> {});
          ui.access(
              () -> {
                if (!(outcome instanceof UploadOutcome.Refused)) {
                  dialog.close();
                }
                showOutcome(outcome);
              });
          if (outcome instanceof UploadOutcome.Refused refused) {
            throw new IOException("Refused " + refused.fileName() + ": " + refused.messageKey());
          }
        };
    Upload replacement = new Upload(handler);
    replacement.setId("replace-upload");
    replacement.setMaxFiles(1);
    replacement.setI18n(UploadTexts.of(this));
    replacement.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, reports.maxFileSize()));
    replacement.setAcceptedFileTypes(FileType.ACCEPTED_EXTENSIONS);
    Button cancel = new Button(getTranslation("reports.files.remove.cancel"), e -> dialog.close());
    dialog.add(new Paragraph(getTranslation("reports.files.replace.text")), replacement);
    dialog.getFooter().add(cancel);
    dialog.open();
  }

  /** Reads the desk again and asks the indexer for the files' status. */
  void refresh() {
    UnitDesk desk = reports.myDesk(year);
    showDeadline(desk.deadline());
    showStatus(desk);
    uploadHeading.setText(
        getTranslation(
            desk.report() != null && desk.report().status() == ReportStatus.ACCEPTED
                ? "reports.upload.heading.supplement"
                : "reports.upload.heading",
            String.valueOf(year)));
    files.show(desk.report());
    settleExtractionNotes();
    showResubmit(desk.report());
    details.show(desk.report());
    showHistory(desk.report());
    spooled.removeAll();
    if (!desk.spooled().isEmpty()) {
      spooled.add(new H2(getTranslation("reports.spooled.heading")));
      UnorderedList list = new UnorderedList();
      desk.spooled()
          .forEach(
              p ->
                  list.add(
                      new ListItem(
                          getTranslation(
                              "reports.spooled.item",
                              p.fileName(),
                              Dates.format(p.receivedAt(), clock.getZone())))));
      spooled.add(list);
    }
    showEarlier(desk.earlier());
    spoolWaiting = !desk.spooled().isEmpty();
    keepPolling(files.isPending() || spoolWaiting);
  }

  /**
   * Every few seconds while something is on its way: the whole desk only while a file waits in the
   * spool (it becomes a file of the report); otherwise only the statuses of the files not final.
   */
  private void poll() {
    if (spoolWaiting || !files.refreshPending()) {
      // A file waits in the spool, or the last file became final: the whole desk once (the
      // extracting notes, the suggested report details, the resubmit button), then no more polls.
      refresh();
    } else {
      settleExtractionNotes();
      keepPolling(true);
    }
  }

  /** The unit's other reports, newest first: year, number, status, when sent, its files. */
  private void showEarlier(List<Report> reports) {
    earlier.removeAll();
    earlier.add(new H2(getTranslation("reports.earlier.heading")));
    if (reports.isEmpty()) {
      earlier.add(new Paragraph(getTranslation("reports.earlier.none")));
      return;
    }
    for (Report r : reports) {
      Div card = new Div();
      card.addClassName("workspace-card");
      card.addClassName("earlier-report");
      ReportStatus s = r.status() == null ? ReportStatus.SUBMITTED : r.status();
      String line =
          getTranslation(
              "reports.earlier.item",
              r.year() == null ? "" : r.year().toString(),
              r.number() == null || r.number().isBlank()
                  ? getTranslation("reports.earlier.no-number")
                  : r.number(),
              getTranslation(s.messageKey()),
              r.submittedAt() == null ? "" : Dates.format(r.submittedAt(), clock.getZone()));
      card.add(new Paragraph(line));
      if (r.reviewerComment() != null && !r.reviewerComment().isBlank()) {
        card.add(
            new Paragraph(getTranslation("reports.unit.reviewer-comment", r.reviewerComment())));
      }
      UnorderedList list = new UnorderedList();
      for (StrapiMedia m : r.files()) {
        list.add(new ListItem(download(r.documentId(), m)));
      }
      if (r.files().isEmpty()) {
        list.add(new ListItem(getTranslation("reports.earlier.no-files")));
      }
      card.add(list);
      earlier.add(card);
    }
  }

  private Anchor download(String reportDocumentId, StrapiMedia media) {
    return Content.mediaDownload(
        media, media.name(), out -> reports.download(reportDocumentId, media.id(), out));
  }

  private void showDeadline(ReportDeadline d) {
    deadline.removeAll();
    String countdown =
        d.daysLeft() > 0
            ? getTranslation("reports.deadline.days-left", d.daysLeft())
            : d.daysLeft() == 0
                ? getTranslation("reports.deadline.today")
                : getTranslation("reports.deadline.passed", -d.daysLeft());
    Span big = new Span(countdown);
    big.addClassName("workspace-countdown");
    big.getStyle().set("font-size", "1.6em").set("font-weight", "700");
    if (d.daysLeft() < 0) {
      big.getStyle().set("color", "var(--lumo-error-text-color)");
    }
    deadline.add(
        new Paragraph(
            getTranslation(
                "reports.deadline.label", String.valueOf(d.year()), Dates.format(d.deadline()))),
        big);
    deadline.addClassName("workspace-card");
  }

  private void showStatus(UnitDesk desk) {
    status.removeAll();
    status.addClassName("workspace-card");
    Report report = desk.report();
    status.add(
        new Paragraph(
            getTranslation(
                "reports.unit.compliance", getTranslation(desk.compliance().messageKey()))));
    if (report == null) {
      status.add(new Paragraph(getTranslation("reports.unit.no-report", String.valueOf(year))));
      return;
    }
    ReportStatus s = report.status() == null ? ReportStatus.SUBMITTED : report.status();
    Span label = new Span(getTranslation(s.messageKey()));
    label.addClassName("status-" + s.apiValue());
    label.setId("report-status-label");
    status.add(new Paragraph(new Span(getTranslation("reports.unit.status") + " "), label));
    if (report.submittedAt() != null) {
      status.add(
          new Paragraph(
              getTranslation(
                  "reports.unit.submitted-at",
                  Dates.format(report.submittedAt(), clock.getZone()))));
    }
    if (report.reviewerComment() != null && !report.reviewerComment().isBlank()) {
      Paragraph comment =
          new Paragraph(getTranslation("reports.unit.reviewer-comment", report.reviewerComment()));
      comment.setId("reviewer-comment");
      status.add(comment);
    }
    if (s == ReportStatus.ACCEPTED) {
      // Told before any file is chosen: a file now is a supplement, never a second report.
      Paragraph supplement =
          new Paragraph(getTranslation("reports.unit.supplement-note", String.valueOf(year)));
      supplement.setId("supplement-note");
      supplement.addClassName("portal-notice");
      status.add(supplement);
    }
  }

  /** "Nộp lại báo cáo" sits below the files it sends again. */
  private void showResubmit(@Nullable Report report) {
    resubmitBox.removeAll();
    if (report != null && report.status() == ReportStatus.RETURNED) {
      TextArea note = new TextArea(getTranslation("reports.unit.resubmit-note"));
      note.setWidthFull();
      Button resubmit =
          new Button(
              getTranslation("reports.unit.resubmit"),
              e -> {
                reports.resubmit(report.documentId(), note.getValue());
                refresh();
              });
      resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      resubmit.setId("resubmit");
      resubmitBox.add(note, resubmit);
    }
  }

  private void showHistory(@Nullable Report report) {
    history.removeAll();
    if (report == null || report.history().isEmpty()) {
      return;
    }
    history.add(new H2(getTranslation("reports.history.heading")));
    UnorderedList list = new UnorderedList();
    for (StatusChange change : report.history()) {
      list.add(new ListItem(historyLine(change)));
    }
    history.add(list);
  }

  String historyLine(StatusChange change) {
    return ReportHistoryText.line(this, change, clock.getZone());
  }

  private void keepPolling(boolean pending) {
    getUI()
        .ifPresent(ui -> ui.setPollInterval(pending ? (int) reports.pollEvery().toMillis() : -1));
  }

  @Override
  protected void onAttach(AttachEvent event) {
    poll = event.getUI().addPollListener(e -> poll());
    keepPolling(files.isPending());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    event.getUI().setPollInterval(-1);
    if (poll != null) {
      poll.remove();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("reports.unit.title");
  }
}
