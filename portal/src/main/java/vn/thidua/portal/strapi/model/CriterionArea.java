package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The area a criterion measures: digital, green or innovation. Strapi stores the snake_case {@link
 * #apiValue()}.
 */
public enum CriterionArea {
  SO,
  XANH,
  DOI_MOI;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code criterion-area.so}. */
  public String messageKey() {
    return "criterion-area." + apiValue();
  }
}
