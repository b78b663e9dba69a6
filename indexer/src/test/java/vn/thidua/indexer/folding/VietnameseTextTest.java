package vn.thidua.indexer.folding;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void old_and_new_tone_placement_give_the_same_text() {
    assertThat(VietnameseText.normalize("hoà")).isEqualTo("hòa");
    assertThat(VietnameseText.normalize("Số hoá")).isEqualTo("Số hóa");
    assertThat(VietnameseText.normalize("thuỷ lợi")).isEqualTo("thủy lợi");
    assertThat(VietnameseText.normalize("khoẻ mạnh")).isEqualTo("khỏe mạnh");
    assertThat(VietnameseText.normalize("HOÀ BÌNH")).isEqualTo("HÒA BÌNH");
  }

  @Test
  void tone_stays_where_a_final_letter_or_qu_fixes_it() {
    assertThat(VietnameseText.normalize("hoàn thành")).isEqualTo("hoàn thành");
    assertThat(VietnameseText.normalize("ngoài")).isEqualTo("ngoài");
    assertThat(VietnameseText.normalize("quý, quỳ")).isEqualTo("quý, quỳ");
    assertThat(VietnameseText.normalize("khuyến")).isEqualTo("khuyến");
  }

  @Test
  void folding_removes_diacritics_and_turns_d_with_stroke_into_d() {
    assertThat(VietnameseText.normalizeAndFold("Đại Sơn đổi mới sáng tạo"))
        .isEqualTo("dai son doi moi sang tao");
    assertThat(VietnameseText.normalizeAndFold("Thuỷ lợi hoà bình")).isEqualTo("thuy loi hoa binh");
  }

  @Test
  void decomposed_input_matches_precomposed_input() {
    String nfd = Normalizer.normalize("Cảm biến đo độ mặn", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Cảm biến đo độ mặn");
    assertThat(VietnameseText.normalize(nfd)).isEqualTo("Cảm biến đo độ mặn");
    assertThat(VietnameseText.normalizeAndFold(nfd)).isEqualTo("cam bien do do man");
  }

  @Test
  void folded_text_keeps_the_offsets_of_the_original() {
    String original = VietnameseText.normalize("Ứng dụng mã QR – Straße ﬁ 😀 tại thôn Đông");
    String folded = VietnameseText.fold(original);
    assertThat(folded).hasSameSizeAs(original);
    int at = folded.indexOf("thon dong");
    assertThat(original.substring(at, at + "thon dong".length())).isEqualTo("thôn Đông");
  }
}
