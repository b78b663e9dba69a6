package vn.thidua.portal.awards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which report passage an award rests on: the one proposing the award's form. */
class AwardFormMatchTest {

  @Test
  void a_proposal_of_the_same_form_matches_whatever_its_case_spacing_or_tone_placement() {
    assertThat(
            AwardService.sameForm(
                "giấy khen của  Chủ tịch UBND xã", "Giấy khen của Chủ tịch UBND xã"))
        .isTrue();
    assertThat(
            AwardService.sameForm(
                "Bằng khen của Uỷ ban nhân dân thành phố",
                "Bằng khen của Ủy ban nhân dân thành phố"))
        .isTrue();
    assertThat(AwardService.sameForm("Giấy khen", "Giấy khen của Chủ tịch UBND xã")).isTrue();
  }

  @Test
  void a_proposal_of_another_form_or_none_does_not_match() {
    assertThat(
            AwardService.sameForm("Bằng khen của UBND thành phố", "Giấy khen của Chủ tịch UBND xã"))
        .isFalse();
    assertThat(AwardService.sameForm(null, "Giấy khen")).isFalse();
    assertThat(AwardService.sameForm(" ", "Giấy khen")).isFalse();
  }
}
