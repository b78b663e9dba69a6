package vn.thidua.portal.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Stage;

class CampaignYearsTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), VN);
  }

  @Test
  void the_year_shown_first_is_todays_year_in_the_communes_zone() {
    // 31 December 2026, 18:00 UTC is already 1 January 2027 in Vietnam.
    CampaignYears years = CampaignYears.of(null, at("2026-12-31T18:00:00Z"));
    assertThat(years.current()).isEqualTo(2027);
    assertThat(years.all()).containsExactly(2026, 2027, 2028, 2029, 2030);
  }

  @Test
  void before_and_after_the_campaign_the_nearest_campaign_year_is_shown() {
    assertThat(CampaignYears.of(null, at("2025-06-01T00:00:00Z")).current()).isEqualTo(2026);
    assertThat(CampaignYears.of(null, at("2031-06-01T00:00:00Z")).current()).isEqualTo(2030);
  }

  @Test
  void the_years_come_from_the_campaigns_phases() {
    List<Campaign.Phase> phases =
        List.of(
            new Campaign.Phase("Giai đoạn 1", 2026, 2027, Stage.MID_TERM, 2027, null),
            new Campaign.Phase("Giai đoạn 2", 2028, 2031, Stage.FINAL, 2031, null));
    Campaign campaign =
        new Campaign(
            1,
            "c1",
            null,
            null,
            null,
            null,
            null,
            "Kế hoạch",
            "ke-hoach",
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            phases,
            null,
            null,
            null,
            List.of(),
            List.of(),
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    CampaignYears years = CampaignYears.of(campaign, at("2026-11-24T03:00:00Z"));
    assertThat(years.first()).isEqualTo(2026);
    assertThat(years.last()).isEqualTo(2031);
    assertThat(years.contains(2031)).isTrue();
    assertThat(years.contains(2025)).isFalse();
  }
}
