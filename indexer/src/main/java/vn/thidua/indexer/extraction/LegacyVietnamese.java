package vn.thidua.indexer.extraction;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese typed before Unicode: TCVN3 (ABC, TCVN 5712:1993 VN3, the {@code .VnTime} fonts) and
 * VNI (the {@code VNI-Times} fonts). Such text reaches us as the Windows-1252 letters of its bytes
 * ("Céng hoµ x· héi chñ nghÜa ViÖt Nam" is TCVN3, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam" is
 * VNI): the font drew Vietnamese, the file stored bytes. This class tells them apart from real
 * Unicode and turns them into Unicode NFC.
 *
 * <p>TCVN3 is one byte per letter: the 134 lower-case letters with their tones and the seven
 * upper-case letters Ă Â Ê Ô Ơ Ư Đ (upper-case toned letters are typed in the {@code .VnTimeH}
 * fonts, whose lower-case codes draw capitals). VNI writes a base letter followed by a mark letter
 * ({@code oä} is ộ), except ơ ư đ and the toned i and ỵ, which are one letter each.
 *
 * <p>Tables written from the published layouts (TCVN 5712:1993 table VN3; the VNI Windows layout),
 * checked by a unit test over the whole alphabet with every tone.
 */
public final class LegacyVietnamese {

  /** The two legacy encodings read here. */
  public enum Encoding {
    TCVN3,
    VNI
  }

  /** The vowels with a tone, in the order of the tables below; đ is handled on its own. */
  private static final String VOWELS = "aăâeêioôơuưy";

  /** Combining tones in table order: sắc, huyền, hỏi, ngã, nặng. */
  private static final char[] TONES = {'\u0301', '\u0300', '\u0309', '\u0303', '\u0323'};

  /**
   * TCVN3 bytes per vowel of {@link #VOWELS}: the toneless letter then its five tones, in the order
   * of {@link #TONES}; 0 means the plain ASCII letter.
   */
  private static final int[][] TCVN3_LOWER = {
    {0, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9}, // a á à ả ã ạ
    {0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6}, // ă ắ ằ ẳ ẵ ặ
    {0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB}, // â ấ ầ ẩ ẫ ậ
    {0, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1}, // e é è ẻ ẽ ẹ
    {0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6}, // ê ế ề ể ễ ệ
    {0, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE}, // i í ì ỉ ĩ ị
    {0, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4}, // o ó ò ỏ õ ọ
    {0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9}, // ô ố ồ ổ ỗ ộ
    {0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE}, // ơ ớ ờ ở ỡ ợ
    {0, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4}, // u ú ù ủ ũ ụ
    {0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9}, // ư ứ ừ ử ữ ự
    {0, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE}, // y ý ỳ ỷ ỹ ỵ
  };

  /** TCVN3's upper-case letters: Ă Â Ê Ô Ơ Ư Đ at 0xA1..0xA7, đ at 0xAE. */
  private static final String TCVN3_UPPER = "ĂÂÊÔƠƯĐ";

  /** VNI: the toneless form of each vowel of {@link #VOWELS}, lower case. */
  private static final String[] VNI_BASE = {
    "a", "aê", "aâ", "e", "eâ", "i", "o", "oâ", "ô", "u", "ö", "y"
  };

  /** VNI tone marks after a, e, o, u, y, ơ, ư (sắc, huyền, hỏi, ngã, nặng). */
  private static final String VNI_TONES = "ùøûõï";

  /** VNI tone marks that replace the circumflex mark of â, ê, ô. */
  private static final String VNI_CIRCUMFLEX_TONES = "áàåãä";

  /** VNI tone marks that replace the breve mark of ă. */
  private static final String VNI_BREVE_TONES = "éèúüë";

  /** VNI's toned i (one letter each), and ỵ. */
  private static final String VNI_I_TONES = "íìæóò";

  private static final char VNI_Y_DOT = 'î';

  private static final Map<Character, String> TCVN3 = new HashMap<>();
  private static final Map<String, String> VNI = new HashMap<>();

  static {
    for (int v = 0; v < VOWELS.length(); v++) {
      for (int t = 0; t < 6; t++) {
        int code = TCVN3_LOWER[v][t];
        if (code != 0) {
          TCVN3.put((char) code, letter(v, t));
        }
      }
    }
    for (int i = 0; i < TCVN3_UPPER.length(); i++) {
      TCVN3.put((char) (0xA1 + i), String.valueOf(TCVN3_UPPER.charAt(i)));
    }
    TCVN3.put((char) 0xAE, "đ");

    for (int v = 0; v < VOWELS.length(); v++) {
      for (int t = 0; t < 6; t++) {
        String vni = vni(v, t);
        String unicode = letter(v, t);
        VNI.put(vni, unicode);
        VNI.put(vni.toUpperCase(Locale.ROOT), unicode.toUpperCase(Locale.ROOT));
      }
    }
    VNI.put("ñ", "đ");
    VNI.put("Ñ", "Đ");
  }

  private LegacyVietnamese() {}

  /** The encoding a font's name says its text is in, if it is a legacy Vietnamese font. */
  public static Optional<Encoding> fromFontName(String fontName) {
    // Subset prefixes ("BAAAAA+") and styles ("-Bold", ",Bold") do not matter.
    String name = fontName.substring(fontName.indexOf('+') + 1).toLowerCase(Locale.ROOT);
    if (name.startsWith(".vn") || name.startsWith("vn") && !name.startsWith("vni")) {
      return Optional.of(Encoding.TCVN3);
    }
    if (name.startsWith("vni")) {
      return Optional.of(Encoding.VNI);
    }
    return Optional.empty();
  }

  /** Whether a TCVN3 font draws capitals in place of lower-case letters ({@code .VnTimeH}). */
  public static boolean isUpperCaseFont(String fontName) {
    String name = fontName.substring(fontName.indexOf('+') + 1).toLowerCase(Locale.ROOT);
    int style = name.indexOf('-') > 0 ? name.indexOf('-') : name.indexOf(',');
    String family = style > 0 ? name.substring(0, style) : name;
    return family.startsWith(".vn") && family.endsWith("h") || family.matches("vn\\w+h");
  }

  /** Text in {@code encoding} as Unicode NFC; characters outside the encoding are kept. */
  public static String decode(String text, Encoding encoding) {
    return switch (encoding) {
      case TCVN3 -> decodeTcvn3(text);
      case VNI -> decodeVni(text);
    };
  }

  private static String decodeTcvn3(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String letter = TCVN3.get(byteOf(c));
      out.append(letter != null ? letter : c);
    }
    return withUndrawnU(Normalizer.normalize(out, Normalizer.Form.NFC));
  }

  /**
   * ơ (with any tone) before a final ng, c or u, with no ư in front: "lợng", "đợc", "hớng", "xởng",
   * "trờng", "nớc", "rợu". Vietnamese has no such rhyme, only ương, ước and ươu. It is what is left
   * of a TCVN3 word whose untoned ư, byte 0xAD, was never drawn: the Windows-1252 soft hyphen,
   * which LibreOffice without the {@code .VnTime} fonts (and other programs) takes for an optional
   * hyphen and drops. Where the rhyme without ư exists (ơi, ơn, ơt, ơp, ơm: "ngời" for người, "mời"
   * for mười, "tơi" for tươi) both are real words and nothing is guessed.
   */
  private static final Pattern UNDRAWN_U =
      Pattern.compile("(?<![ưứừửữựƯỨỪỬỮỰ])(?=[ơớờởỡợƠỚỜỞỠỢ](?:ng|c|u|NG|C|U)(?![\\p{L}\\p{M}]))");

  private static String withUndrawnU(String text) {
    Matcher m = UNDRAWN_U.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    int last = 0;
    do {
      int at = m.start();
      out.append(text, last, at);
      // "TRờNG" (a capitals font's lower-case codes): the ư takes the case of the rhyme's end
      boolean upper =
          Character.isUpperCase(text.charAt(at)) || Character.isUpperCase(text.charAt(at + 1));
      out.append(upper ? 'Ư' : 'ư');
      last = at;
    } while (m.find());
    out.append(text, last, text.length());
    return out.toString();
  }

  private static String decodeVni(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (i + 1 < text.length()) {
        String two = "" + byteOf(text.charAt(i)) + byteOf(text.charAt(i + 1));
        String letter = VNI.get(two);
        if (letter != null) {
          out.append(letter);
          i += 2;
          continue;
        }
      }
      String letter = VNI.get(String.valueOf(byteOf(text.charAt(i))));
      out.append(letter != null ? letter : text.charAt(i));
      i++;
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * The legacy encoding {@code text} is written in, judged from the text alone (DOC, DOCX and ODT
   * keep no font that Tika reports): its words that contain Windows-1252 letters are decoded both
   * ways, and an encoding wins when it makes clearly more of them Vietnamese syllables with
   * diacritics than they already are and than the other encoding does.
   */
  public static Optional<Encoding> detect(String text) {
    int asIs = 0;
    int tcvn3 = 0;
    int vni = 0;
    int candidates = 0;
    var words = WORD.matcher(text);
    while (words.find() && candidates < 5_000) {
      String word = words.group();
      if (!isCandidate(word)) {
        continue;
      }
      candidates++;
      if (isMarkedSyllable(word)) {
        asIs++;
      }
      if (isMarkedSyllable(decodeTcvn3(word))) {
        tcvn3++;
      }
      if (isMarkedSyllable(decodeVni(word))) {
        vni++;
      }
    }
    int best = Math.max(tcvn3, vni);
    if (best < 3 || best <= 2 * asIs || tcvn3 == vni) {
      return Optional.empty();
    }
    return Optional.of(tcvn3 > vni ? Encoding.TCVN3 : Encoding.VNI);
  }

  /**
   * {@code text} with its legacy-encoded words turned into Unicode, when {@link #detect} finds it
   * legacy-encoded; otherwise {@code text} itself. Words already in Unicode Vietnamese (a heading
   * retyped later in a Unicode font) are kept as they are.
   */
  public static String convertIfLegacy(String text) {
    Optional<Encoding> encoding = detect(text);
    if (encoding.isEmpty()) {
      return text;
    }
    return convertWords(text, encoding.get());
  }

  /**
   * Decodes the words of {@code text} that carry legacy letters, leaving Unicode words alone. A
   * TCVN3 line whose plain letters are all capitals was typed in a capitals font ({@code .VnTimeH},
   * with the lower-case codes): its decoded words are written in capitals too.
   */
  static String convertWords(String text, Encoding encoding) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("(?<=\n)")) {
      boolean capitals = encoding == Encoding.TCVN3 && isCapitalsLine(line);
      var words = WORD.matcher(line);
      int last = 0;
      while (words.find()) {
        out.append(line, last, words.start());
        String word = words.group();
        if (isCandidate(word)) {
          String decoded = decode(word, encoding);
          out.append(capitals ? decoded.toUpperCase(VIETNAMESE) : decoded);
        } else {
          out.append(word);
        }
        last = words.end();
      }
      out.append(line, last, line.length());
    }
    return out.toString();
  }

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static boolean isCapitalsLine(String line) {
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
      if (c >= 'A' && c <= 'Z') {
        upper++;
      }
    }
    return upper >= 3;
  }

  /**
   * Letters, and the Windows-1252 symbols TCVN3 uses as letters (µ is à, · is ã, ­ is ư, ® is đ, ×
   * is ì, ÷ is ữ...).
   */
  private static final Pattern WORD =
      Pattern.compile(
          "[\\p{L}\\p{M}\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00D7\u00F7\u200B\u001F]+");

  /** Letters that only Unicode Vietnamese has: a word with one of them is not legacy text. */
  private static final Pattern UNICODE_VIETNAMESE =
      Pattern.compile(
          "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]");

  private static boolean isCandidate(String word) {
    boolean legacy = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 0xA0 && c <= 0xFF || c >= 0xF0A0 && c <= 0xF0FF || c == '\u200B' || c == 0x1F) {
        legacy = true;
      } else if (c > 0xFF && !(c >= 0xF000 && c <= 0xF0FF)) {
        if (UNICODE_VIETNAMESE.matcher(String.valueOf(c)).matches() || c > 0x2000) {
          return false;
        }
      }
    }
    return legacy;
  }

  /**
   * The byte a character stands for in a legacy font: Latin-1 as it is, and the private-use copies
   * (U+F0xx) that symbol-encoded fonts give.
   */
  private static char byteOf(char c) {
    if (c == '\u200B' || c == 0x1F) {
      // TCVN3's ư is 0xAD, the soft hyphen: Word 97 files keep it as their optional-hyphen
      // code 0x1F, which Tika reports as a zero-width space.
      return '\u00AD';
    }
    return c >= 0xF000 && c <= 0xF0FF ? (char) (c - 0xF000) : c;
  }

  private static String letter(int vowel, int tone) {
    String base = String.valueOf(VOWELS.charAt(vowel));
    return Normalizer.normalize(tone == 0 ? base : base + TONES[tone - 1], Normalizer.Form.NFC);
  }

  private static String vni(int vowel, int tone) {
    char v = VOWELS.charAt(vowel);
    if (tone == 0) {
      return VNI_BASE[vowel];
    }
    return switch (v) {
      case 'â', 'ê', 'ô' -> VNI_BASE[vowel].charAt(0) + "" + VNI_CIRCUMFLEX_TONES.charAt(tone - 1);
      case 'ă' -> "a" + VNI_BREVE_TONES.charAt(tone - 1);
      case 'i' -> String.valueOf(VNI_I_TONES.charAt(tone - 1));
      case 'y' -> tone == 5 ? String.valueOf(VNI_Y_DOT) : "y" + VNI_TONES.charAt(tone - 1);
      default -> VNI_BASE[vowel] + VNI_TONES.charAt(tone - 1);
    };
  }

  /** Vietnamese syllable: onset, vowel nucleus, coda (the tone and case removed first). */
  private static final Pattern SYLLABLE =
      Pattern.compile(
          "(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
              + "(iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|"
              + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|"
              + "ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])"
              + "(ch|ng|nh|[cmnpt])?");

  /** {@link #TONES} as a string, to look a mark up in. */
  private static final String TONE_MARKS = String.valueOf(TONES);

  /** The marks of â, ê, ô, ă, ơ, ư as combining characters. */
  private static final String VOWEL_MARKS = "\u0302\u0306\u031B";

  /** How many tone marks {@code text} carries. */
  static int tones(String text) {
    int tones = 0;
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFD).toCharArray()) {
      tones += TONE_MARKS.indexOf(c) >= 0 ? 1 : 0;
    }
    return tones;
  }

  /** A Vietnamese syllable, with or without diacritics, a tone at most. */
  static boolean isSyllable(String word) {
    String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      if (TONE_MARKS.indexOf(lower.charAt(i)) < 0) {
        bare.append(lower.charAt(i));
      }
    }
    return lower.length() - bare.length() <= 1
        && SYLLABLE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).matches();
  }

  /** A Vietnamese syllable that carries at least one diacritic (a tone, a vowel mark, đ). */
  static boolean isMarkedSyllable(String word) {
    String lower = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    boolean marked =
        lower.chars().anyMatch(c -> TONE_MARKS.indexOf(c) >= 0 || VOWEL_MARKS.indexOf(c) >= 0)
            || lower.indexOf('đ') >= 0;
    return marked && isSyllable(word);
  }
}
