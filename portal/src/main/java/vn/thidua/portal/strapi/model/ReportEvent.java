package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A step of a report's history that is not a change of status: a supplement sent after acceptance,
 * a file removed or replaced while the report is open. Strapi stores the snake_case {@link
 * #apiValue()}.
 */
public enum ReportEvent {
  SUPPLEMENT,
  FILE_REMOVED,
  FILE_REPLACED;

  /** The value as Strapi stores it. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code report-event.supplement}. */
  public String messageKey() {
    return "report-event." + apiValue().replace('_', '-');
  }
}
