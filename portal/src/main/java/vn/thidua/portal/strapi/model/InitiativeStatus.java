package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an initiative stands. Strapi stores the snake_case {@link #apiValue()}. */
public enum InitiativeStatus {
  REGISTERED,
  VERIFIED,
  RECOGNISED;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code initiative-status.registered}. */
  public String messageKey() {
    return "initiative-status." + apiValue();
  }
}
