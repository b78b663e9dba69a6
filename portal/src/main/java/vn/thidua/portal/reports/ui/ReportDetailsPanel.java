package vn.thidua.portal.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.reports.ReportDetailsException;
import vn.thidua.portal.reports.ReportDetailsService;
import vn.thidua.portal.reports.ReportDetailsService.Details;
import vn.thidua.portal.reports.ReportDetailsService.Suggestion;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;

/**
 * The report's number (Số …/BC-…) and date, as the unit saves them: when the indexer has read them
 * from a file, they are offered (and filled in while the fields are still empty); the unit accepts
 * them or types its own, and saves. Read-only once the report is accepted.
 */
public class ReportDetailsPanel extends Div {

  private final ReportDetailsService details;
  final TextField number = new TextField();
  final DatePicker date = new DatePicker();
  final Paragraph suggestion = new Paragraph();
  final Paragraph message = new Paragraph();
  private final Button save;
  private @Nullable String reportDocumentId;
  private boolean touched;

  public ReportDetailsPanel(ReportDetailsService details) {
    this.details = details;
    setId("report-details");
    addClassName("workspace-card");
    number.setLabel(getTranslation("reports.details.number"));
    number.setId("report-number");
    number.setPlaceholder("118/BC-UBND");
    number.setMaxLength(60);
    date.setLabel(getTranslation("reports.details.date"));
    date.setId("report-date");
    date.setLocale(Locale.of("vi", "VN"));
    suggestion.setId("report-details-suggestion");
    message.setId("report-details-message");
    message.getElement().setAttribute("role", "status");
    number.addValueChangeListener(e -> touched |= e.isFromClient());
    date.addValueChangeListener(e -> touched |= e.isFromClient());
    save = new Button(getTranslation("reports.details.save"), e -> save());
    save.setId("report-details-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout row = new HorizontalLayout(number, date, save);
    row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    row.setWrap(true);
    add(new H2(getTranslation("reports.details.heading")), suggestion, row, message);
    setVisible(false);
  }

  /** Shows the report's details; called again while files are read, without losing typing. */
  public void show(@Nullable Report report) {
    if (report == null) {
      reportDocumentId = null;
      setVisible(false);
      return;
    }
    boolean other = !report.documentId().equals(reportDocumentId);
    reportDocumentId = report.documentId();
    setVisible(true);
    if (other) {
      touched = false;
      Details saved = details.saved(report.documentId());
      number.setValue(saved.number() == null ? "" : saved.number());
      date.setValue(saved.reportDate());
    }
    boolean editable = report.status() != ReportStatus.ACCEPTED;
    number.setReadOnly(!editable);
    date.setReadOnly(!editable);
    save.setVisible(editable);
    Optional<Suggestion> read = details.suggested(report.documentId());
    if (read.isEmpty()) {
      suggestion.setText(getTranslation("reports.details.no-suggestion"));
      return;
    }
    Suggestion s = read.get();
    suggestion.setText(
        getTranslation(
            "reports.details.suggestion",
            s.number() == null ? "–" : s.number(),
            s.reportDate() == null ? "–" : Dates.format(s.reportDate()),
            s.fileName()));
    if (editable && !touched) {
      if (number.isEmpty() && s.number() != null) {
        number.setValue(s.number());
      }
      if (date.isEmpty() && s.reportDate() != null) {
        date.setValue(s.reportDate());
      }
    }
  }

  void save() {
    String id = reportDocumentId;
    if (id == null) {
      return;
    }
    try {
      Details saved = details.save(id, number.getValue(), date.getValue());
      number.setValue(saved.number() == null ? "" : saved.number());
      date.setValue(saved.reportDate());
      number.setInvalid(false);
      touched = false;
      message.setText(getTranslation("reports.details.saved"));
    } catch (ReportDetailsException e) {
      message.setText(getTranslation(e.messageKey()));
      number.setInvalid(e.messageKey().endsWith("number"));
    }
  }
}
