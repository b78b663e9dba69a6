package vn.thidua.portal.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an office's score sheet stands. Strapi stores {@link #apiValue()}. */
public enum SheetStatus {
  /** Being scored. */
  OPEN,
  /** Submitted by the office: frozen until reopened. */
  SUBMITTED,
  /** Reopened after submission, with the reason recorded; editable until submitted again. */
  REOPENED;

  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label, e.g. {@code scoring.sheet.status.submitted}. */
  public String messageKey() {
    return "scoring.sheet.status." + apiValue();
  }

  public boolean editable() {
    return this != SUBMITTED;
  }
}
