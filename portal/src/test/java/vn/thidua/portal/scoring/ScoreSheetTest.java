package vn.thidua.portal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.OwningOffice;

class ScoreSheetTest {

  private static final Instant T1 = Instant.parse("2026-12-10T03:00:00Z");
  private static final Instant T2 = Instant.parse("2026-12-12T08:00:00Z");
  private final ScoreSheet open = ScoreSheet.open(OwningOffice.VAN_HOA_XA_HOI, 2026);

  @Test
  void an_open_sheet_takes_points_within_the_criterions_maximum() {
    open.requireScorable(OwningOffice.VAN_HOA_XA_HOI, 30.0, 30);
    assertThatThrownBy(() -> open.requireScorable(OwningOffice.VAN_HOA_XA_HOI, 30.0, 30.5))
        .hasMessage("scoring.error.range");
    assertThatThrownBy(() -> open.requireScorable(OwningOffice.VAN_HOA_XA_HOI, 30.0, -1))
        .hasMessage("scoring.error.range");
  }

  @Test
  void points_that_are_not_a_finite_number_or_have_no_maximum_to_check_against_are_refused() {
    for (double points : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e300}) {
      assertThatThrownBy(() -> open.requireScorable(OwningOffice.VAN_HOA_XA_HOI, 30.0, points))
          .hasMessage("scoring.error.range");
    }
    assertThatThrownBy(() -> open.requireScorable(OwningOffice.VAN_HOA_XA_HOI, null, 5))
        .hasMessage("scoring.error.range");
  }

  @Test
  void an_office_cannot_score_the_other_offices_criteria() {
    assertThatThrownBy(() -> open.requireScorable(OwningOffice.KINH_TE, 25.0, 10))
        .hasMessage("scoring.error.other-office");
  }

  @Test
  void a_submitted_sheet_is_frozen_until_it_is_reopened_with_a_recorded_reason() {
    ScoreSheet submitted = open.submit("vhxh.canbo", T1);
    assertThat(submitted.status()).isEqualTo(SheetStatus.SUBMITTED);
    assertThatThrownBy(() -> submitted.requireScorable(OwningOffice.VAN_HOA_XA_HOI, 30.0, 5))
        .hasMessage("scoring.error.submitted");
    assertThatThrownBy(() -> submitted.submit("vhxh.canbo", T2))
        .hasMessage("scoring.error.submitted");
    assertThatThrownBy(() -> submitted.reopen("truongphong", "  ", T2))
        .hasMessage("scoring.error.reason");

    ScoreSheet reopened = submitted.reopen("truongphong", "Sai điểm tiêu chí 1.1.a", T2);
    reopened.requireScorable(OwningOffice.VAN_HOA_XA_HOI, 30.0, 5);
    assertThat(reopened.reopenings())
        .containsExactly(new ScoreSheet.Reopening(T2, "truongphong", "Sai điểm tiêu chí 1.1.a"));
    assertThat(reopened.submittedAt()).as("the first submission stays on record").isEqualTo(T1);
    assertThat(reopened.submit("vhxh.canbo", T2).reopenings()).hasSize(1);
  }

  @Test
  void only_a_submitted_sheet_can_be_reopened() {
    assertThatThrownBy(() -> open.reopen("truongphong", "lý do", T1))
        .hasMessage("scoring.error.not-submitted");
  }
}
