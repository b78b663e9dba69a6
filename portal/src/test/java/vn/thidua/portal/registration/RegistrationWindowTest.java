package vn.thidua.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.registration.RegistrationWindow.Phase;

class RegistrationWindowTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Clock at(String localDateTime) {
    return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(VN).toInstant(), VN);
  }

  @Test
  void the_plans_window_opens_at_midnight_on_1_january_in_the_commune() {
    RegistrationWindow w = RegistrationWindow.DEFAULT;
    assertThat(w.phase(at("2025-12-31T23:59:59"))).isEqualTo(Phase.CLOSED);
    assertThat(w.phase(at("2026-01-01T00:00:00"))).isEqualTo(Phase.OPEN);
  }

  @Test
  void a_unit_registering_at_23_59_on_31_march_is_in_time_and_at_midnight_is_not() {
    RegistrationWindow w = RegistrationWindow.DEFAULT;
    assertThat(w.isOpen(at("2026-03-31T23:59:59"))).isTrue();
    assertThat(w.phase(at("2026-04-01T00:00:00"))).isEqualTo(Phase.CLOSED);
  }

  @Test
  void the_day_is_the_communes_not_utcs() {
    // 17:30 UTC on 31 March is already 00:30 on 1 April in Vietnam.
    Clock clock = Clock.fixed(java.time.Instant.parse("2026-03-31T17:30:00Z"), VN);
    assertThat(RegistrationWindow.DEFAULT.isOpen(clock)).isFalse();
    Clock stillMarch = Clock.fixed(java.time.Instant.parse("2026-03-31T16:59:00Z"), VN);
    assertThat(RegistrationWindow.DEFAULT.isOpen(stillMarch)).isTrue();
  }

  @Test
  void a_window_set_in_strapi_is_used_and_is_not_yet_open_before_it_starts() {
    RegistrationWindow w = RegistrationWindow.of(15, 2, 15, 5);
    assertThat(w.phase(at("2026-02-14T23:59:00"))).isEqualTo(Phase.NOT_YET_OPEN);
    assertThat(w.phase(at("2026-02-15T00:00:00"))).isEqualTo(Phase.OPEN);
    assertThat(w.phase(at("2026-05-15T23:59:00"))).isEqualTo(Phase.OPEN);
    assertThat(w.phase(at("2026-05-16T00:00:00"))).isEqualTo(Phase.CLOSED);
    assertThat(w.opensOn(2026)).isEqualTo(LocalDate.of(2026, 2, 15));
  }

  @Test
  void missing_impossible_or_reversed_settings_fall_back_to_the_plans_window() {
    assertThat(RegistrationWindow.of(null, null, null, null)).isEqualTo(RegistrationWindow.DEFAULT);
    assertThat(RegistrationWindow.of(31, 2, 31, 3).opens()).isEqualTo(MonthDay.of(1, 1));
    assertThat(RegistrationWindow.of(1, 6, 31, 3)).isEqualTo(RegistrationWindow.DEFAULT);
  }

  @Test
  void a_window_closing_on_29_february_closes_on_the_28th_in_other_years() {
    RegistrationWindow w = RegistrationWindow.of(1, 1, 29, 2);
    assertThat(w.closesOn(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(w.closesOn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(w.isOpen(at("2027-02-28T23:00:00"))).isTrue();
    assertThat(w.isOpen(at("2027-03-01T00:00:00"))).isFalse();
  }
}
