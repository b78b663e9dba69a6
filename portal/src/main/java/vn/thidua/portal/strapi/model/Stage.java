package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * When a report or an award is made: every year, the mid-term review (2027), the final review
 * (2030). Strapi stores the snake_case {@link #apiValue()}.
 */
public enum Stage {
  ANNUAL,
  MID_TERM,
  FINAL;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code stage.annual}. */
  public String messageKey() {
    return "stage." + apiValue();
  }
}
