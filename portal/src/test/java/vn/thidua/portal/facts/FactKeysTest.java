package vn.thidua.portal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FactKeysTest {

  @Test
  void names_typed_with_other_tone_placement_case_spacing_or_in_nfd_are_one_indicator() {
    String nfd = Normalizer.normalize("Tỷ lệ hồ sơ nộp trực tuyến", Normalizer.Form.NFD);
    assertThat(FactKeys.normalise("Tỷ lệ hồ sơ  nộp trực tuyến:"))
        .isEqualTo(FactKeys.normalise(nfd))
        .isEqualTo(FactKeys.normalise("ty le HO SO nop truc tuyen"))
        .isEqualTo("ty le ho so nop truc tuyen");
    assertThat(FactKeys.normalise("Hòa giải")).isEqualTo(FactKeys.normalise("Hoà giải"));
    assertThat(FactKeys.normalise("Đường điện")).isEqualTo("duong dien");
  }

  @Test
  void a_fact_has_one_key_whatever_the_spelling_and_another_page_is_another_fact() {
    String a = FactKeys.of("r1", "7", FactKind.INDICATOR, "Số buổi tập huấn", 1);
    assertThat(FactKeys.of("r1", "7", FactKind.INDICATOR, "số buổi  tập huấn", 1)).isEqualTo(a);
    assertThat(FactKeys.of("r1", "7", FactKind.INDICATOR, "Số buổi tập huấn", 2)).isNotEqualTo(a);
    assertThat(FactKeys.of("r1", "8", FactKind.INDICATOR, "Số buổi tập huấn", 1)).isNotEqualTo(a);
    assertThat(FactKeys.of("r1", "7", FactKind.INITIATIVE, "Số buổi tập huấn", 1)).isNotEqualTo(a);
  }

  @Test
  void a_very_long_title_still_makes_a_key_strapi_can_hold() {
    assertThat(FactKeys.of("r1", "7", FactKind.INITIATIVE, "a ".repeat(400), null))
        .hasSizeLessThanOrEqualTo(255);
  }
}
