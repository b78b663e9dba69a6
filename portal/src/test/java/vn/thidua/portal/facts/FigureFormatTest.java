package vn.thidua.portal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

  @Test
  void corrections_typed_the_vietnamese_way_are_read_as_meant() {
    assertThat(FigureFormat.parse("1.234")).contains(new BigDecimal("1234"));
    assertThat(FigureFormat.parse("1.234.567")).contains(new BigDecimal("1234567"));
    assertThat(FigureFormat.parse("12,5")).contains(new BigDecimal("12.5"));
    assertThat(FigureFormat.parse("1.234,5")).contains(new BigDecimal("1234.5"));
    assertThat(FigureFormat.parse(" 78 % ")).contains(new BigDecimal("78"));
    assertThat(FigureFormat.parse("3.5")).contains(new BigDecimal("3.5"));
  }

  @Test
  void what_is_not_a_number_is_refused_not_guessed() {
    assertThat(FigureFormat.parse("")).isEmpty();
    assertThat(FigureFormat.parse("mười hai")).isEmpty();
    assertThat(FigureFormat.parse("12a")).isEmpty();
    assertThat(FigureFormat.parse("1,2,3")).isEmpty();
    assertThat(FigureFormat.parse(null)).isEmpty();
  }

  @Test
  void figures_are_shown_with_dots_for_thousands_and_a_decimal_comma() {
    assertThat(FigureFormat.format(new BigDecimal("1234"))).isEqualTo("1.234");
    assertThat(FigureFormat.format(new BigDecimal("936.00"))).isEqualTo("936");
    assertThat(FigureFormat.format(new BigDecimal("12.50"))).isEqualTo("12,5");
    assertThat(FigureFormat.format(new BigDecimal("1E+3"))).isEqualTo("1.000");
    assertThat(FigureFormat.format(null)).isEmpty();
  }
}
