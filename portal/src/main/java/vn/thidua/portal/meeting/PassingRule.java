package vn.thidua.portal.meeting;

import org.jspecify.annotations.Nullable;

/**
 * The share of agreeing votes among the members present that passes a proposal for one award form.
 *
 * @param percent the share, 0–100
 * @param inclusive true: at least {@code percent}; false: more than {@code percent} (the default,
 *     "more than half")
 */
public record PassingRule(double percent, boolean inclusive) {

  /** More than half of the members present. */
  public static final PassingRule MORE_THAN_HALF = new PassingRule(50, false);

  public PassingRule {
    if (Double.isNaN(percent) || percent < 0 || percent > 100) {
      throw new IllegalArgumentException("A passing share is a percentage: " + percent);
    }
  }

  /** The rule an award form sets in Strapi; more than half when it sets none. */
  public static PassingRule of(@Nullable Double percent, @Nullable Boolean inclusive) {
    if (percent == null || percent.isNaN() || percent < 0 || percent > 100) {
      return MORE_THAN_HALF;
    }
    return new PassingRule(percent, Boolean.TRUE.equals(inclusive));
  }

  /** Whether {@code agree} votes out of {@code present} members pass. */
  public boolean passes(int agree, int present) {
    if (present <= 0) {
      return false;
    }
    // Integers scaled by 100 so that 2 of 3 against 66.67 % is decided exactly as people count.
    double lhs = agree * 100.0;
    double rhs = percent * present;
    return inclusive ? lhs >= rhs - 1e-9 : lhs > rhs + 1e-9;
  }
}
