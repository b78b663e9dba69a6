package vn.thidua.indexer.folding;

import java.text.Normalizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Normalises and folds Vietnamese text.
 *
 * <p>{@link #normalize} gives the text that is stored and shown: NFC, control characters replaced
 * by spaces, and the tone mark of the open syllables oa, oe, uy placed on the first vowel (the
 * placement of the 2018 rules: hòa, khỏe, thủy), so that text written the old way (hoà, khoẻ, thuỷ)
 * matches exactly. {@link #fold} of a normalised text has the same length as that text, character
 * by character, so a match found in the folded copy marks the same offsets in the original.
 */
public final class VietnameseText {

  private static final String A_TONED = "àáảãạ";
  private static final String E_TONED = "èéẻẽẹ";
  private static final String Y_TONED = "ỳýỷỹỵ";
  private static final String O_TONED = "òóỏõọ";
  private static final String U_TONED = "ùúủũụ";

  private VietnameseText() {}

  /** NFC, control characters as spaces, new tone placement; the form every stored text takes. */
  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    char[] chars = nfc.toCharArray();
    int wordStart = -1;
    for (int i = 0; i <= chars.length; i++) {
      boolean letter = i < chars.length && Character.isLetter(chars[i]);
      if (letter && wordStart < 0) {
        wordStart = i;
      } else if (!letter && wordStart >= 0) {
        moveToneOfOpenSyllable(chars, wordStart, i);
        wordStart = -1;
      }
      if (i < chars.length && isControl(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** The folded form of {@code text}: {@code fold(normalize(text))}. */
  public static String normalizeAndFold(String text) {
    return fold(normalize(text));
  }

  /**
   * Lower case without diacritics (đ becomes d), one character for one character: a character whose
   * folding would take more than one character keeps its lower-case form, so offsets in the result
   * are offsets in the input.
   */
  public static String fold(String normalized) {
    char[] in = normalized.toCharArray();
    char[] out = new char[in.length];
    char[] one = new char[1];
    char[] folded = new char[4];
    for (int i = 0; i < in.length; i++) {
      char c = in[i];
      if (Character.isSurrogate(c)) {
        out[i] = c;
        continue;
      }
      char lower = Character.toLowerCase(c);
      if (lower < 0x80) {
        out[i] = lower;
        continue;
      }
      one[0] = lower;
      int length = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
      out[i] = length == 1 ? folded[0] : lower;
    }
    return new String(out);
  }

  private static void moveToneOfOpenSyllable(char[] chars, int start, int end) {
    if (end - start < 2) {
      return;
    }
    char first = chars[end - 2];
    char second = chars[end - 1];
    char firstLower = Character.toLowerCase(first);
    char secondLower = Character.toLowerCase(second);
    int tone;
    char plainSecond;
    String targets;
    if (firstLower == 'o' && (tone = A_TONED.indexOf(secondLower)) >= 0) {
      plainSecond = 'a';
      targets = O_TONED;
    } else if (firstLower == 'o' && (tone = E_TONED.indexOf(secondLower)) >= 0) {
      plainSecond = 'e';
      targets = O_TONED;
    } else if (firstLower == 'u'
        && (tone = Y_TONED.indexOf(secondLower)) >= 0
        // In "quý" the u belongs to the consonant qu: the mark stays on y in both placements.
        && !(end - 3 >= start && Character.toLowerCase(chars[end - 3]) == 'q')) {
      plainSecond = 'y';
      targets = U_TONED;
    } else {
      return;
    }
    chars[end - 2] = sameCase(first, targets.charAt(tone));
    chars[end - 1] = sameCase(second, plainSecond);
  }

  private static char sameCase(char model, char lower) {
    return Character.isUpperCase(model) ? Character.toUpperCase(lower) : lower;
  }

  private static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
  }
}
