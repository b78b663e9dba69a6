package vn.thidua.portal.strapi.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The four kinds of unit the plan sets criteria for (III.1). Strapi stores the snake_case {@link
 * #apiValue()}.
 */
public enum UnitKind {
  CO_QUAN,
  MAT_TRAN_DOAN_THE,
  DOANH_NGHIEP,
  CA_NHAN;

  /** The value as Strapi stores it, for filters and writes. */
  @JsonValue
  public String apiValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the label a person reads, e.g. {@code unit-kind.co_quan}. */
  public String messageKey() {
    return "unit-kind." + apiValue();
  }
}
