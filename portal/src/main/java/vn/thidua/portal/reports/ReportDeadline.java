package vn.thidua.portal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.thidua.portal.strapi.model.Campaign;

/**
 * The day a year's reports are due (the plan says 1 December; the campaign in Strapi holds the day
 * and month) and how far today is from it.
 *
 * @param daysLeft days from today to the deadline: 0 on the day, negative once it has passed
 */
public record ReportDeadline(int year, LocalDate deadline, LocalDate today, long daysLeft) {

  /** The plan's day and month, used when the campaign does not say. */
  static final int DEFAULT_DAY = 1;

  static final int DEFAULT_MONTH = 12;

  /** The deadline of {@code year}'s reports as of the clock's today. */
  public static ReportDeadline of(Campaign campaign, int year, Clock clock) {
    return of(
        campaign.reportDeadlineDay() == null ? DEFAULT_DAY : campaign.reportDeadlineDay(),
        campaign.reportDeadlineMonth() == null ? DEFAULT_MONTH : campaign.reportDeadlineMonth(),
        year,
        clock);
  }

  /** The deadline on {@code day}/{@code month} of {@code year}, as of the clock's today. */
  public static ReportDeadline of(int day, int month, int year, Clock clock) {
    LocalDate deadline = LocalDate.of(year, month, day);
    LocalDate today = LocalDate.now(clock);
    return new ReportDeadline(year, deadline, today, ChronoUnit.DAYS.between(today, deadline));
  }

  public boolean hasPassed() {
    return daysLeft < 0;
  }

  /** Whether something sent on {@code day} (in the commune's zone) was on time. */
  public boolean isOnTime(LocalDate day) {
    return !day.isAfter(deadline);
  }
}
