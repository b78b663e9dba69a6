package vn.thidua.portal.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.campaign.ReportDeadline;

/** Whether a unit sent its report for a year: on time, late, not yet, or missing. */
public enum Compliance {
  /** Sent on or before the deadline. */
  ON_TIME,
  /** Sent after the deadline. */
  LATE,
  /** Not sent, and the deadline has not passed. */
  NOT_YET_DUE,
  /** Not sent, and the deadline has passed. */
  MISSING;

  /**
   * Where a unit stands.
   *
   * @param firstSubmittedAt when the unit first sent the report, null when it has not
   * @param zone the commune's zone: a report sent at 23:30 on 1 December is on time there
   */
  public static Compliance of(
      @Nullable Instant firstSubmittedAt, ReportDeadline deadline, ZoneId zone) {
    if (firstSubmittedAt == null) {
      return deadline.hasPassed() ? MISSING : NOT_YET_DUE;
    }
    LocalDate day = firstSubmittedAt.atZone(zone).toLocalDate();
    return deadline.isOnTime(day) ? ON_TIME : LATE;
  }

  /** True for the units the reviewer should remind. */
  public boolean needsReminder() {
    return this == MISSING || this == NOT_YET_DUE;
  }

  /** Translation key of the label, e.g. {@code reports.compliance.on_time}. */
  public String messageKey() {
    return "reports.compliance." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
