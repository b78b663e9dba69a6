package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a unit's report stands with the reviewer. Strapi stores the snake_case {@link #apiValue()}.
 */
public enum ReportStatus {
  SUBMITTED,
  ACCEPTED,
  RETURNED;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code report-status.submitted}. */
  public String messageKey() {
    return "report-status." + apiValue();
  }
}
