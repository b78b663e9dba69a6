package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.extraction.LegacyVietnamese.Encoding;

class LegacyVietnameseTest {

  /**
   * The Vietnamese alphabet with every tone (toneless, sắc, huyền, hỏi, ngã, nặng), vowel by vowel,
   * then đ.
   */
  private static final String ALPHABET =
      "a á à ả ã ạ ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ e é è ẻ ẽ ẹ ê ế ề ể ễ ệ i í ì ỉ ĩ ị "
          + "o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ u ú ù ủ ũ ụ ư ứ ừ ử ữ ự y ý ỳ ỷ ỹ ỵ đ";

  /**
   * The same letters typed in TCVN3 (TCVN 5712:1993, table VN3), written as the Windows-1252
   * letters of their bytes (0xB8 is ¸, 0xAD the soft hyphen).
   */
  private static final String TCVN3_ALPHABET =
      "a \u00B8 \u00B5 \u00B6 \u00B7 \u00B9 \u00A8 \u00BE \u00BB \u00BC \u00BD \u00C6 "
          + "\u00A9 \u00CA \u00C7 \u00C8 \u00C9 \u00CB e \u00D0 \u00CC \u00CE \u00CF \u00D1 "
          + "\u00AA \u00D5 \u00D2 \u00D3 \u00D4 \u00D6 i \u00DD \u00D7 \u00D8 \u00DC \u00DE "
          + "o \u00E3 \u00DF \u00E1 \u00E2 \u00E4 \u00AB \u00E8 \u00E5 \u00E6 \u00E7 \u00E9 "
          + "\u00AC \u00ED \u00EA \u00EB \u00EC \u00EE u \u00F3 \u00EF \u00F1 \u00F2 \u00F4 "
          + "\u00AD \u00F8 \u00F5 \u00F6 \u00F7 \u00F9 y \u00FD \u00FA \u00FB \u00FC \u00FE \u00AE";

  /** The same letters typed in VNI Windows: a base letter and a mark letter, or one letter. */
  private static final String VNI_ALPHABET =
      "a aù aø aû aõ aï aê aé aè aú aü aë aâ aá aà aå aã aä e eù eø eû eõ eï "
          + "eâ eá eà eå eã eä i í ì æ ó ò o où oø oû oõ oï oâ oá oà oå oã oä "
          + "ô ôù ôø ôû ôõ ôï u uù uø uû uõ uï ö öù öø öû öõ öï y yù yø yû yõ î ñ";

  @Test
  void every_tcvn3_letter_of_the_alphabet_with_every_tone_becomes_its_unicode_letter() {
    assertThat(LegacyVietnamese.decode(TCVN3_ALPHABET, Encoding.TCVN3)).isEqualTo(ALPHABET);
  }

  @Test
  void tcvn3_capitals_are_the_seven_letters_it_has() {
    assertThat(
            LegacyVietnamese.decode("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", Encoding.TCVN3))
        .isEqualTo("ĂÂÊÔƠƯĐ");
  }

  @Test
  void every_vni_letter_of_the_alphabet_with_every_tone_in_both_cases_becomes_its_unicode_letter() {
    assertThat(LegacyVietnamese.decode(VNI_ALPHABET, Encoding.VNI)).isEqualTo(ALPHABET);
    assertThat(LegacyVietnamese.decode(VNI_ALPHABET.toUpperCase(), Encoding.VNI))
        .isEqualTo(ALPHABET.toUpperCase());
  }

  @Test
  void decoded_text_is_nfc() {
    String decoded = LegacyVietnamese.decode(VNI_ALPHABET + " " + TCVN3_ALPHABET, Encoding.VNI);
    assertThat(Normalizer.isNormalized(decoded, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void the_national_motto_in_tcvn3_and_in_vni_is_recognised_and_converted() {
    String tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc";
    String vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc";

    assertThat(LegacyVietnamese.detect(tcvn3)).contains(Encoding.TCVN3);
    assertThat(LegacyVietnamese.detect(vni)).contains(Encoding.VNI);
    assertThat(LegacyVietnamese.convertIfLegacy(tcvn3))
        .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc");
    assertThat(LegacyVietnamese.convertIfLegacy(vni))
        .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc");
  }

  @Test
  void unicode_vietnamese_french_and_english_are_left_alone() {
    String[] texts = {
      "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Báo cáo kết quả thi đua.",
      "Là một tài liệu về các chỉ tiêu: tỷ lệ hồ sơ, số người dân, khối lượng rác thải nhựa giảm.",
      "Le café de la gare est à côté du théâtre; où est la forêt? Très bien, à bientôt.",
      "Plain English text about solar panels and QR codes, nothing to convert here at all."
    };
    for (String text : texts) {
      assertThat(LegacyVietnamese.detect(text)).as(text).isEmpty();
      assertThat(LegacyVietnamese.convertIfLegacy(text)).isEqualTo(text);
    }
  }

  @Test
  void a_tcvn3_line_in_capitals_stays_in_capitals() {
    String text = "TR¹M Y TÕ X· §¹I S¥N\nCéng hoµ x· héi chñ nghÜa ViÖt Nam";

    assertThat(LegacyVietnamese.convertIfLegacy(text))
        .isEqualTo("TRẠM Y TẾ XÃ ĐẠI SƠN\nCộng hoà xã hội chủ nghĩa Việt Nam");
  }

  /** TCVN3 as LibreOffice leaves it without {@code .VnTime}: the ư (0xAD) not in the file. */
  private static String withoutU(String unicode) {
    return FixtureDocuments.encode(unicode, Encoding.TCVN3).replace("\u00AD", "");
  }

  @Test
  void the_u_horn_a_tcvn3_text_lost_comes_back_where_the_rhyme_cannot_be_without_it() {
    String unicode =
        "Khối lượng rác thải, số người dân được hướng dẫn, nhà xưởng, trường học, nước sạch,"
            + " bước đầu, hươu và rượu.";
    String lost = withoutU(unicode);
    assertThat(lost).contains("l\u00EEng", "\u00AE\u00EEc", "h\u00EDng", "x\u00EBng");

    assertThat(LegacyVietnamese.decode(lost, Encoding.TCVN3))
        .isEqualTo(
            "Khối lượng rác thải, số ngời dân được hướng dẫn, nhà xưởng, trường học, nước sạch,"
                + " bước đầu, hươu và rượu.");
    assertThat(LegacyVietnamese.convertIfLegacy(lost))
        .isEqualTo(LegacyVietnamese.decode(lost, Encoding.TCVN3));
  }

  @Test
  void where_the_syllable_without_u_horn_is_a_word_too_nothing_is_guessed() {
    // ngời/người, mời/mười, tơi/tươi, sơn, lớp, cơm, ớt: both readings are Vietnamese
    String text = withoutU("Mời người mười tươi sơn lớp cơm ớt") + " h\u00ACng";

    assertThat(LegacyVietnamese.decode(text, Encoding.TCVN3))
        .isEqualTo("Mời ngời mời tơi sơn lớp cơm ớt hương");
  }

  @Test
  void a_u_horn_that_was_drawn_is_not_doubled_and_a_capitals_line_gets_a_capital_one() {
    assertThat(
            LegacyVietnamese.decode(
                FixtureDocuments.encode("lượng được", Encoding.TCVN3), Encoding.TCVN3))
        .isEqualTo("lượng được");
    // .VnTimeH: capitals drawn from lower-case codes, the rest typed in capitals
    assertThat(
            LegacyVietnamese.convertIfLegacy(
                "TR\u00EANG TI\u00D3U H\u00E4C \u00A7\u00B9I S\u00A5N"))
        .isEqualTo("TRƯỜNG TIỂU HỌC ĐẠI SƠN");
    assertThat(LegacyVietnamese.decode("tr\u00EAng", Encoding.TCVN3)).isEqualTo("trường");
  }

  @Test
  void only_tcvn3_gets_its_u_horn_back() {
    // VNI draws every letter, and Unicode text is never decoded
    assertThat(LegacyVietnamese.decode("lôïng", Encoding.VNI)).isEqualTo("lợng");
    assertThat(LegacyVietnamese.convertIfLegacy("Khối lợng rác thải nhựa giảm"))
        .isEqualTo("Khối lợng rác thải nhựa giảm");
  }

  @Test
  void legacy_fonts_are_known_by_their_names() {
    assertThat(LegacyVietnamese.fromFontName("BAAAAA+.VnTime")).contains(Encoding.TCVN3);
    assertThat(LegacyVietnamese.fromFontName(".VnTimeH,Bold")).contains(Encoding.TCVN3);
    assertThat(LegacyVietnamese.fromFontName("VnArial")).contains(Encoding.TCVN3);
    assertThat(LegacyVietnamese.fromFontName("VNI-Times")).contains(Encoding.VNI);
    assertThat(LegacyVietnamese.fromFontName("CAAAAA+LiberationSerif")).isEmpty();
    assertThat(LegacyVietnamese.isUpperCaseFont(".VnTimeH")).isTrue();
    assertThat(LegacyVietnamese.isUpperCaseFont(".VnTime")).isFalse();
  }
}
