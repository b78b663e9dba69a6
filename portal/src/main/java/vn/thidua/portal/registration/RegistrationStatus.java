package vn.thidua.portal.registration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A registration is a draft the unit edits until it submits it. Strapi stores {@link #apiValue}.
 */
public enum RegistrationStatus {
  DRAFT,
  SUBMITTED;

  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label, e.g. {@code registration.status.draft}. */
  public String messageKey() {
    return "registration.status." + apiValue();
  }
}
