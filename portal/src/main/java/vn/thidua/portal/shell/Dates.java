package vn.thidua.portal.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Dates as Vietnamese administration writes them, in both languages: dd/MM/yyyy. */
public final class Dates {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Dates() {}

  /** The date, or an empty string. */
  public static String format(@Nullable LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** The date and time in {@code zone} (the commune's, see the Clock bean), or an empty string. */
  public static String format(@Nullable Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }
}
