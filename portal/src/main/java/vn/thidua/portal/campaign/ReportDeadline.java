package vn.thidua.portal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The day a year's reports are due (the plan says 1 December; the site setting or the active plan
 * in Strapi holds the day and month) and how far today is from it. The countdown on the home page,
 * the unit's desk, the compliance board and the exports all read this one record from {@link
 * PlanService}.
 *
 * @param daysLeft days from today to the deadline: 0 on the day, negative once it has passed
 */
public record ReportDeadline(int year, LocalDate deadline, LocalDate today, long daysLeft) {

  /** The deadline on {@code due} of {@code year}, as of the clock's today. */
  static ReportDeadline of(CampaignCalendar.DueDay due, int year, Clock clock) {
    LocalDate deadline = due.monthDay().atYear(year);
    LocalDate today = LocalDate.now(clock);
    return new ReportDeadline(year, deadline, today, ChronoUnit.DAYS.between(today, deadline));
  }

  /** The deadline on {@code day}/{@code month} of {@code year}, as of the clock's today. */
  public static ReportDeadline of(int day, int month, int year, Clock clock) {
    LocalDate deadline = LocalDate.of(year, month, day);
    LocalDate today = LocalDate.now(clock);
    return new ReportDeadline(year, deadline, today, ChronoUnit.DAYS.between(today, deadline));
  }

  /**
   * True when this is a countdown that has moved on to next year's deadline because this year's is
   * behind us.
   */
  public boolean thisYearPassed() {
    return year > today.getYear();
  }

  public boolean hasPassed() {
    return daysLeft < 0;
  }

  /** Whether something sent on {@code day} (in the commune's zone) was on time. */
  public boolean isOnTime(LocalDate day) {
    return !day.isAfter(deadline);
  }
}
