package vn.thidua.portal.initiatives;

import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.Criterion;

/**
 * The points a unit may give itself against a criterion: from 0 to ten times the criterion's weight
 * (the plan scores a criterion on 10 points, a weighted one in proportion; a criterion without a
 * weight counts once). Shown beside the field and checked again when saved.
 */
public record SelfAssessmentScale(double min, double max) {

  /** Points of a criterion of weight 1. */
  public static final double POINTS = 10;

  public static SelfAssessmentScale of(Criterion criterion) {
    Double weight = criterion.weight();
    double w = weight == null || weight <= 0 ? 1 : weight;
    return new SelfAssessmentScale(0, POINTS * w);
  }

  /** True for a value inside the scale; an empty value is allowed (not assessed yet). */
  public boolean allows(@Nullable Double score) {
    return score == null || (!score.isNaN() && score >= min && score <= max);
  }

  /** The bounds as a person reads them: {@code 0} and {@code 10}, {@code 2.5}. */
  public static String format(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : Double.toString(value).replace('.', ',');
  }
}
