package vn.thidua.portal.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reviewer decided about a fact read from a file. */
public enum FactDecision {
  /** Taken as read. */
  CONFIRMED,
  /** Taken with the reviewer's correction (the value read is kept beside it). */
  CORRECTED,
  /** Not taken: misread, or not a figure of this report. */
  REJECTED;

  /** The value as Strapi stores it. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads. */
  public String messageKey() {
    return "facts.decision." + apiValue();
  }

  /** True when the fact counts (in the roll-up, as evidence). */
  public boolean counts() {
    return this != REJECTED;
  }
}
