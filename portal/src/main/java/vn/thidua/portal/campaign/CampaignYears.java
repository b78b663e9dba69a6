package vn.thidua.portal.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.Campaign;

/**
 * The years a campaign runs (from the first phase's start to the last phase's end) and the one
 * staff work on by default: today's year, kept inside the campaign.
 *
 * @param current the year to show first: today's year by the clock, or the nearest campaign year
 *     before the campaign starts and after it ends
 */
public record CampaignYears(int first, int last, int current) {

  /** The plan's years (2026–2030), used when the campaign does not say. */
  static final int PLAN_FIRST = 2026;

  static final int PLAN_LAST = 2030;

  public CampaignYears {
    if (last < first) {
      throw new IllegalArgumentException("A campaign ends after it starts: " + first + ".." + last);
    }
  }

  /** The years of {@code campaign} (the plan's when null or without phases) as of the clock. */
  public static CampaignYears of(@Nullable Campaign campaign, Clock clock) {
    int first = PLAN_FIRST;
    int last = PLAN_LAST;
    if (campaign != null) {
      List<Campaign.Phase> phases = campaign.phases();
      int start =
          phases.stream()
              .map(Campaign.Phase::startYear)
              .filter(java.util.Objects::nonNull)
              .mapToInt(Integer::intValue)
              .min()
              .orElse(first);
      int end =
          phases.stream()
              .map(Campaign.Phase::endYear)
              .filter(java.util.Objects::nonNull)
              .mapToInt(Integer::intValue)
              .max()
              .orElse(last);
      if (end >= start) {
        first = start;
        last = end;
      }
    }
    int today = LocalDate.now(clock).getYear();
    return new CampaignYears(first, last, Math.clamp(today, first, last));
  }

  /** Every year of the campaign, first to last. */
  public List<Integer> all() {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  /** Whether {@code year} is a year of the campaign. */
  public boolean contains(int year) {
    return year >= first && year <= last;
  }
}
