package vn.thidua.portal.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a confirmed fact is: a row of an indicator table, an initiative, a criterion's passage. */
public enum FactKind {
  INDICATOR,
  INITIATIVE,
  CRITERION;

  /** The value as Strapi stores it. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
