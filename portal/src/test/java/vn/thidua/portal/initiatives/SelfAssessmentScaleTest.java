package vn.thidua.portal.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.Criterion;

/** The self-assessment's scale comes from the criterion's weight (issue 17). */
class SelfAssessmentScaleTest {

  private static Criterion weighing(Double weight) {
    return new Criterion(1, "c1", "1.1.a", null, null, "Tiêu chí", null, weight, null, 1);
  }

  @Test
  void a_criterion_of_weight_one_is_scored_from_0_to_10_and_refuses_values_outside() {
    SelfAssessmentScale scale = SelfAssessmentScale.of(weighing(1.0));

    assertThat(scale.max()).isEqualTo(10);
    assertThat(scale.allows(8.0)).isTrue();
    assertThat(scale.allows(0.0)).isTrue();
    assertThat(scale.allows(10.0)).isTrue();
    assertThat(scale.allows(10.5)).isFalse();
    assertThat(scale.allows(-1.0)).isFalse();
    assertThat(scale.allows(Double.NaN)).isFalse();
    assertThat(scale.allows(null)).as("not assessed yet").isTrue();
  }

  @Test
  void a_weighted_criterion_scales_in_proportion_and_a_missing_weight_counts_once() {
    assertThat(SelfAssessmentScale.of(weighing(2.5)).max()).isEqualTo(25);
    assertThat(SelfAssessmentScale.of(weighing(null)).max()).isEqualTo(10);
    assertThat(SelfAssessmentScale.format(25)).isEqualTo("25");
    assertThat(SelfAssessmentScale.format(2.5)).isEqualTo("2,5");
  }
}
