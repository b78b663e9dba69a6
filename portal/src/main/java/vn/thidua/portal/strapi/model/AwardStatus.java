package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an award is proposed or decided. Strapi stores the snake_case {@link #apiValue()}. */
public enum AwardStatus {
  PROPOSED,
  DECIDED;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code award-status.proposed}. */
  public String messageKey() {
    return "award-status." + apiValue();
  }
}
