package vn.thidua.portal.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.SiteSetting;
import vn.thidua.portal.strapi.model.Stage;

class CampaignCalendarTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final CampaignCalendar.DueDay FIRST_OF_DECEMBER =
      new CampaignCalendar.DueDay(MonthDay.of(12, 1));

  private static CampaignCalendar at(int year, int month, int day, int hour) {
    return new CampaignCalendar(
        Clock.fixed(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, HANOI).toInstant(), HANOI));
  }

  @Test
  void counts_the_days_left_to_this_years_first_of_december() {
    var countdown = at(2026, 11, 24, 9).countdown(FIRST_OF_DECEMBER);

    assertThat(countdown.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(countdown.daysLeft()).isEqualTo(7);
    assertThat(countdown.thisYearPassed()).isFalse();
  }

  @Test
  void uses_the_communes_date_not_utcs_late_in_the_evening() {
    // 23:30 in Hà Nội on 30 November is still 30 November there (16:30 UTC).
    var countdown = at(2026, 11, 30, 23).countdown(FIRST_OF_DECEMBER);

    assertThat(countdown.daysLeft()).isEqualTo(1);
  }

  @Test
  void on_the_day_itself_no_days_are_left_and_it_is_still_this_years() {
    var countdown = at(2026, 12, 1, 8).countdown(FIRST_OF_DECEMBER);

    assertThat(countdown.daysLeft()).isZero();
    assertThat(countdown.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void once_this_years_deadline_has_passed_counts_to_next_years() {
    var countdown = at(2026, 12, 2, 8).countdown(FIRST_OF_DECEMBER);

    assertThat(countdown.thisYearPassed()).isTrue();
    assertThat(countdown.deadline()).isEqualTo(LocalDate.of(2027, 12, 1));
    assertThat(countdown.daysLeft()).isEqualTo(364);
  }

  @Test
  void the_deadline_comes_from_the_site_setting_before_the_plan() {
    SiteSetting settings = new SiteSetting(1, "s", "Đại Sơn", null, null, null, 15, 11, null, null);

    assertThat(PlanService.dueDay(Optional.of(settings), Optional.empty()))
        .contains(new CampaignCalendar.DueDay(MonthDay.of(11, 15)));
    assertThat(PlanService.dueDay(Optional.empty(), Optional.empty())).isEmpty();
  }

  @Test
  void the_phase_under_way_is_current_and_the_others_done_or_upcoming() {
    var phase1 = new Campaign.Phase("Giai đoạn 1", 2026, 2027, Stage.MID_TERM, 2027, null);
    var phase2 = new Campaign.Phase("Giai đoạn 2", 2028, 2030, Stage.FINAL, 2030, null);

    assertThat(standings(at(2026, 11, 24, 9), phase2, phase1))
        .containsExactly(CampaignCalendar.Standing.CURRENT, CampaignCalendar.Standing.UPCOMING);
    assertThat(standings(at(2029, 3, 1, 9), phase1, phase2))
        .containsExactly(CampaignCalendar.Standing.DONE, CampaignCalendar.Standing.CURRENT);
    assertThat(standings(at(2031, 1, 1, 9), phase1, phase2))
        .containsExactly(CampaignCalendar.Standing.DONE, CampaignCalendar.Standing.DONE);
  }

  private static List<CampaignCalendar.Standing> standings(
      CampaignCalendar calendar, Campaign.Phase... phases) {
    return calendar.timeline(List.of(phases)).stream()
        .map(CampaignCalendar.PhaseStanding::standing)
        .toList();
  }
}
