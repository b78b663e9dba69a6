package vn.thidua.portal.campaign;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.thidua.portal.strapi.model.Campaign;

/** Where today stands in the movement: the phase under way and the days left to report. */
@Component
public class CampaignCalendar {

  private final Clock clock;

  public CampaignCalendar(Clock clock) {
    this.clock = clock;
  }

  /** Today in the commune's zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The day and month reports are due every year (the plan says 1 December). */
  public record DueDay(MonthDay monthDay) {

    /** The plan's day, used when neither the site setting nor the active plan says. */
    public static final DueDay PLAN_DEFAULT = new DueDay(MonthDay.of(12, 1));

    static Optional<DueDay> of(@Nullable Integer day, @Nullable Integer month) {
      if (day == null || month == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(new DueDay(MonthDay.of(month, day)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * The countdown to a deadline: this year's, or next year's once this year's has passed ({@link
   * ReportDeadline#thisYearPassed()}).
   */
  public ReportDeadline countdown(DueDay due) {
    LocalDate today = today();
    ReportDeadline thisYear = ReportDeadline.of(due, today.getYear(), clock);
    return thisYear.hasPassed() ? ReportDeadline.of(due, today.getYear() + 1, clock) : thisYear;
  }

  /** Where a phase stands today. */
  public enum Standing {
    DONE,
    CURRENT,
    UPCOMING;

    /** Translation key of the label, e.g. {@code home.phase.current}. */
    public String messageKey() {
      return "home.phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A phase of the plan and where it stands today. */
  public record PhaseStanding(Campaign.Phase phase, Standing standing) {}

  /** The plan's phases in order, each with where it stands this year. */
  public List<PhaseStanding> timeline(List<Campaign.Phase> phases) {
    int year = today().getYear();
    return phases.stream()
        .sorted(
            java.util.Comparator.comparing(
                (Campaign.Phase p) -> p.startYear() == null ? Integer.MAX_VALUE : p.startYear()))
        .map(p -> new PhaseStanding(p, standing(p, year)))
        .toList();
  }

  private static Standing standing(Campaign.Phase phase, int year) {
    Integer start = phase.startYear();
    Integer end = phase.endYear() != null ? phase.endYear() : start;
    if (start == null || end == null) {
      return Standing.UPCOMING;
    }
    if (year > end) {
      return Standing.DONE;
    }
    return year >= start ? Standing.CURRENT : Standing.UPCOMING;
  }
}
