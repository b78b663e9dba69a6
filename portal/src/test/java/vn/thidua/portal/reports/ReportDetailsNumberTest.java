package vn.thidua.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportDetailsNumberTest {

  @Test
  void a_number_typed_with_its_label_or_stray_spaces_is_saved_in_its_usual_form() {
    assertThat(ReportDetailsService.normaliseNumber("Số: 118/BC-UBND")).isEqualTo("118/BC-UBND");
    assertThat(ReportDetailsService.normaliseNumber(" 118 / BC-ỦBM ")).isEqualTo("118/BC-ỦBM");
    assertThat(ReportDetailsService.normaliseNumber("  ")).isNull();
  }

  @Test
  void usual_numbers_are_accepted_and_words_are_not() {
    assertThat(ReportDetailsService.NUMBER.matcher("118/BC-UBND").matches()).isTrue();
    assertThat(ReportDetailsService.NUMBER.matcher("38/BC-ĐTN").matches()).isTrue();
    assertThat(ReportDetailsService.NUMBER.matcher("12/BC-TYT-2026").matches()).isTrue();
    assertThat(ReportDetailsService.NUMBER.matcher("báo cáo năm").matches()).isFalse();
    assertThat(ReportDetailsService.NUMBER.matcher("<script>/x").matches()).isFalse();
  }
}
