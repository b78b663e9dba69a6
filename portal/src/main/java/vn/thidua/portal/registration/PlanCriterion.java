package vn.thidua.portal.registration;

import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * A criterion of the plan (III.1) as registration and scoring read it: with its measure (a target
 * is asked only when there is one) and its maximum score.
 */
public record PlanCriterion(
    long id,
    String documentId,
    @Nullable String code,
    @Nullable UnitKind unitKind,
    String title,
    @Nullable OwningOffice owningOffice,
    @Nullable Double maxScore,
    @Nullable String measure,
    @Nullable Integer order) {

  public boolean hasMeasure() {
    return measure != null && !measure.isBlank();
  }
}
