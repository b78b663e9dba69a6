package vn.thidua.portal.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * The yearly window in which units register (plan: 1 January – 31 March; Strapi's site setting may
 * move it). Both ends are whole days in the commune's zone, the closing day included: a unit that
 * registers at 23:59 on 31 March is in time.
 */
public record RegistrationWindow(MonthDay opens, MonthDay closes) {

  /** The plan's window, used when the site setting does not say. */
  public static final RegistrationWindow DEFAULT =
      new RegistrationWindow(MonthDay.of(1, 1), MonthDay.of(3, 31));

  public RegistrationWindow {
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException(
          "The registration window closes before it opens: " + opens + " – " + closes);
    }
  }

  /**
   * The window from the site setting's days and months; a missing or impossible value (31/2) falls
   * back to the plan's, so a slip in Strapi never locks every unit out.
   */
  public static RegistrationWindow of(
      @Nullable Integer opensDay,
      @Nullable Integer opensMonth,
      @Nullable Integer closesDay,
      @Nullable Integer closesMonth) {
    MonthDay opens = monthDay(opensDay, opensMonth, DEFAULT.opens());
    MonthDay closes = monthDay(closesDay, closesMonth, DEFAULT.closes());
    return closes.isBefore(opens) ? DEFAULT : new RegistrationWindow(opens, closes);
  }

  private static MonthDay monthDay(
      @Nullable Integer day, @Nullable Integer month, MonthDay fallback) {
    if (day == null || month == null) {
      return fallback;
    }
    try {
      return MonthDay.of(month, day);
    } catch (java.time.DateTimeException e) {
      return fallback;
    }
  }

  /** The first day of {@code year}'s window. */
  public LocalDate opensOn(int year) {
    return opens.atYear(year);
  }

  /** The last day of {@code year}'s window (29 February becomes 28 in other years). */
  public LocalDate closesOn(int year) {
    return closes.atYear(year);
  }

  /** Where today stands against this year's window. */
  public Phase phase(Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (today.isBefore(opensOn(today.getYear()))) {
      return Phase.NOT_YET_OPEN;
    }
    return today.isAfter(closesOn(today.getYear())) ? Phase.CLOSED : Phase.OPEN;
  }

  public boolean isOpen(Clock clock) {
    return phase(clock) == Phase.OPEN;
  }

  /** Before, inside or after this year's window. */
  public enum Phase {
    NOT_YET_OPEN,
    OPEN,
    CLOSED
  }
}
