package vn.thidua.portal.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Report.StatusChange;
import vn.thidua.portal.strapi.model.ReportEvent;
import vn.thidua.portal.strapi.model.ReportStatus;

/**
 * The states of a report and the audit trail of its changes. A unit submits; the reviewer accepts
 * or returns it with a comment; a returned report can be submitted again. Every change appends who,
 * when and what to the history, which Strapi stores as a repeatable component (sent whole).
 */
public final class ReportWorkflow {

  private ReportWorkflow() {}

  /** The fields to send to Strapi for one change. */
  public record Change(ReportStatus to, List<StatusChange> history, Map<String, Object> fields) {}

  /** Whether a report in {@code from} may go to {@code to}. */
  public static boolean allowed(@Nullable ReportStatus from, ReportStatus to) {
    if (from == null) {
      return to == ReportStatus.SUBMITTED;
    }
    return switch (from) {
      case SUBMITTED -> to == ReportStatus.ACCEPTED || to == ReportStatus.RETURNED;
      case RETURNED -> to == ReportStatus.SUBMITTED;
      case ACCEPTED -> false;
    };
  }

  /** The first submission of a new report. */
  public static Change firstSubmission(String actor, Instant at) {
    StatusChange change = new StatusChange(null, ReportStatus.SUBMITTED, at, actor, null);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", ReportStatus.SUBMITTED.apiValue());
    fields.put("submittedAt", at.toString());
    fields.put("history", List.of(write(change)));
    return new Change(ReportStatus.SUBMITTED, List.of(change), fields);
  }

  /** The unit sends a returned report again; the first submission date is kept. */
  public static Change resubmit(Report report, String actor, @Nullable String note, Instant at) {
    return change(report, ReportStatus.SUBMITTED, actor, note, at);
  }

  public static Change accept(Report report, String actor, @Nullable String comment, Instant at) {
    return change(report, ReportStatus.ACCEPTED, actor, comment, at);
  }

  /** Returns the report to its unit; the comment, which the unit reads, is required. */
  public static Change returnForChanges(Report report, String actor, String comment, Instant at) {
    if (comment.isBlank()) {
      throw new IllegalArgumentException("A returned report needs a comment for the unit");
    }
    return change(report, ReportStatus.RETURNED, actor, comment, at);
  }

  private static Change change(
      Report report, ReportStatus to, String actor, @Nullable String comment, Instant at) {
    ReportStatus from = report.status();
    if (!allowed(from, to)) {
      throw new InvalidTransitionException(from == null ? ReportStatus.SUBMITTED : from, to);
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    List<StatusChange> history = new ArrayList<>(report.history());
    history.add(new StatusChange(from, to, at, actor, text));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", to.apiValue());
    fields.put("history", history.stream().map(ReportWorkflow::write).toList());
    if (to == ReportStatus.ACCEPTED || to == ReportStatus.RETURNED) {
      fields.put("reviewedAt", at.toString());
      fields.put("reviewerComment", text == null ? "" : text);
    }
    return new Change(to, List.copyOf(history), fields);
  }

  /**
   * A file sent after the report was accepted: kept apart as a supplement (bổ sung) of the same
   * report, which stays accepted; the history says when, who and which file.
   */
  public static Change supplement(Report report, String actor, String fileName, Instant at) {
    if (report.status() != ReportStatus.ACCEPTED) {
      throw new InvalidTransitionException(statusOf(report), ReportStatus.ACCEPTED);
    }
    return event(report, ReportEvent.SUPPLEMENT, actor, fileName, null, at);
  }

  /**
   * A file taken off the report by its unit; only while the report is not accepted (an accepted
   * report is the record the reviewer signed off, and its files are public evidence).
   */
  public static Change fileRemoved(Report report, String actor, String fileName, Instant at) {
    return event(report, ReportEvent.FILE_REMOVED, actor, fileName, null, at);
  }

  /** A file replaced by another, under the same rule as a removal. */
  public static Change fileReplaced(
      Report report, String actor, String oldName, String newName, Instant at) {
    return event(report, ReportEvent.FILE_REPLACED, actor, oldName, newName, at);
  }

  /** Whether the unit may still remove or replace the report's files. */
  public static boolean filesEditable(Report report) {
    return report.status() != ReportStatus.ACCEPTED;
  }

  private static ReportStatus statusOf(Report report) {
    return report.status() == null ? ReportStatus.SUBMITTED : report.status();
  }

  private static Change event(
      Report report,
      ReportEvent event,
      String actor,
      String fileName,
      @Nullable String comment,
      Instant at) {
    ReportStatus status = statusOf(report);
    if (event != ReportEvent.SUPPLEMENT && !filesEditable(report)) {
      throw new InvalidTransitionException(status, status);
    }
    List<StatusChange> history = new ArrayList<>(report.history());
    history.add(new StatusChange(status, status, at, actor, comment, event, fileName));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("history", history.stream().map(ReportWorkflow::write).toList());
    return new Change(status, List.copyOf(history), fields);
  }

  /** One history item as Strapi takes it (no component ids: the whole list is replaced). */
  private static Map<String, Object> write(StatusChange change) {
    Map<String, Object> item = new LinkedHashMap<>();
    if (change.fromStatus() != null) {
      item.put("fromStatus", change.fromStatus().apiValue());
    }
    item.put("toStatus", change.toStatus() == null ? null : change.toStatus().apiValue());
    item.put("at", change.at() == null ? null : change.at().toString());
    item.put("actor", change.actor());
    if (change.comment() != null) {
      item.put("comment", change.comment());
    }
    if (change.event() != null) {
      item.put("event", change.event().apiValue());
    }
    if (change.fileName() != null) {
      item.put("fileName", change.fileName());
    }
    return item;
  }
}
