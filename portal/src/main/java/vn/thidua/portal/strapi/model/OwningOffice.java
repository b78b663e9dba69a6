package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The office that owns a criterion (plan, VI.2 and VI.3). Strapi stores the snake_case {@link
 * #apiValue()}.
 */
public enum OwningOffice {
  VAN_HOA_XA_HOI,
  KINH_TE;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code owning-office.van_hoa_xa_hoi}. */
  public String messageKey() {
    return "owning-office." + apiValue();
  }
}
