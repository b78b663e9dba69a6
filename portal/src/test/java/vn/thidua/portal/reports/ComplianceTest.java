package vn.thidua.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.campaign.ReportDeadline;

class ComplianceTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZONE);
  }

  @Test
  void the_countdown_runs_to_the_first_of_december_from_the_campaign() {
    ReportDeadline d = ReportDeadline.of(1, 12, 2026, at("2026-11-24T03:00:00Z"));
    assertThat(d.deadline()).hasToString("2026-12-01");
    assertThat(d.daysLeft()).isEqualTo(7);
    assertThat(d.hasPassed()).isFalse();
  }

  @Test
  void the_deadline_day_itself_is_not_passed_and_the_day_after_is() {
    assertThat(ReportDeadline.of(1, 12, 2026, at("2026-12-01T16:00:00Z")).daysLeft())
        .as("23:00 on 1 December in Đại Sơn")
        .isZero();
    assertThat(ReportDeadline.of(1, 12, 2026, at("2026-12-01T17:30:00Z")).hasPassed())
        .as("00:30 on 2 December in Đại Sơn")
        .isTrue();
  }

  @Test
  void a_report_sent_late_on_the_last_evening_is_on_time_in_the_communes_zone() {
    ReportDeadline d = ReportDeadline.of(1, 12, 2026, at("2026-12-10T00:00:00Z"));
    // 23:30 on 1 December in Vietnam is 16:30 UTC.
    assertThat(Compliance.of(Instant.parse("2026-12-01T16:30:00Z"), d, ZONE))
        .isEqualTo(Compliance.ON_TIME);
    assertThat(Compliance.of(Instant.parse("2026-12-01T17:30:00Z"), d, ZONE))
        .isEqualTo(Compliance.LATE);
  }

  @Test
  void a_unit_without_a_report_is_missing_only_once_the_deadline_has_passed() {
    assertThat(
            Compliance.of(null, ReportDeadline.of(1, 12, 2026, at("2026-11-30T00:00:00Z")), ZONE))
        .isEqualTo(Compliance.NOT_YET_DUE);
    assertThat(
            Compliance.of(null, ReportDeadline.of(1, 12, 2026, at("2026-12-05T00:00:00Z")), ZONE))
        .isEqualTo(Compliance.MISSING);
    assertThat(Compliance.MISSING.needsReminder()).isTrue();
    assertThat(Compliance.ON_TIME.needsReminder()).isFalse();
  }
}
