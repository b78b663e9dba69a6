package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The field an initiative belongs to. Strapi stores the snake_case {@link #apiValue()}. */
public enum InitiativeField {
  CHUYEN_DOI_SO,
  CHUYEN_DOI_XANH,
  DOI_MOI_SANG_TAO,
  KHOA_HOC_CONG_NGHE;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code initiative-field.chuyen_doi_so}. */
  public String messageKey() {
    return "initiative-field." + apiValue();
  }
}
