package vn.thidua.portal.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Who may be proposed for an award: a total of at least {@code thresholdPercent} of the highest
 * total the subject's kind can reach. The percentage is content (site setting {@code
 * eligibilityThresholdPercent}), so a commune sets its own bar.
 */
public record Eligibility(double thresholdPercent) {

  /** Used when the site setting does not say. */
  public static final double DEFAULT_PERCENT = 80;

  public Eligibility {
    if (Double.isNaN(thresholdPercent) || thresholdPercent < 0 || thresholdPercent > 100) {
      throw new IllegalArgumentException("A threshold is a percentage: " + thresholdPercent);
    }
  }

  /** The threshold from the site setting, the default when it is missing or out of range. */
  public static Eligibility of(@Nullable Double percent) {
    return percent == null || percent.isNaN() || percent < 0 || percent > 100
        ? new Eligibility(DEFAULT_PERCENT)
        : new Eligibility(percent);
  }

  /**
   * Whether {@code total} out of {@code maxTotal} reaches the threshold; nothing to reach is no.
   */
  public boolean isEligible(double total, double maxTotal) {
    if (maxTotal <= 0) {
      return false;
    }
    // Compared as total * 100 >= percent * max so that 80 of 100 at 80 % is not lost to rounding.
    return total * 100 >= thresholdPercent * maxTotal - 1e-9;
  }
}
