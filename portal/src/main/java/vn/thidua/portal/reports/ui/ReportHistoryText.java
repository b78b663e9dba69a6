package vn.thidua.portal.reports.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.strapi.model.Report.StatusChange;
import vn.thidua.portal.strapi.model.ReportEvent;

/**
 * One line of a report's history in the reader's language, the same for the unit and the reviewer:
 * a change of status, or a step that keeps it (a supplement, a file removed or replaced) with the
 * file it concerns.
 */
public final class ReportHistoryText {

  private ReportHistoryText() {}

  public static String line(Component c, StatusChange change, ZoneId zone) {
    String when = Dates.format(change.at(), zone);
    String actor = change.actor() == null ? "" : change.actor();
    String line;
    if (change.event() != null) {
      String file = change.fileName() == null ? "" : change.fileName();
      line =
          change.event() == ReportEvent.FILE_REPLACED
              ? c.getTranslation(
                  "reports.history.event",
                  when,
                  actor,
                  c.getTranslation(
                      change.event().messageKey(),
                      file,
                      change.comment() == null ? "" : change.comment()))
              : c.getTranslation(
                  "reports.history.event",
                  when,
                  actor,
                  c.getTranslation(change.event().messageKey(), file));
      return line;
    }
    String to = change.toStatus() == null ? "" : c.getTranslation(change.toStatus().messageKey());
    line = c.getTranslation("reports.history.item", when, actor, to);
    return change.comment() == null ? line : line + " – " + change.comment();
  }
}
