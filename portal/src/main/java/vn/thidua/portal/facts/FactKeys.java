package vn.thidua.portal.facts;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Names as they are compared: indicator names from different reports (typed with old or new tone
 * placement, in NFD from some editors, with OCR's stray spaces and punctuation) add up under one
 * name, and each fact of a file has one key so that deciding it twice (a double click, a second
 * tab) updates the same entry rather than making another.
 */
public final class FactKeys {

  private FactKeys() {}

  /**
   * The name folded for comparison: diacritics and case removed (đ is d), anything not a letter or
   * digit a single space. "Tỷ lệ hồ sơ trực tuyến:" and "ty le ho so truc tuyen" are one.
   */
  public static String normalise(@Nullable String name) {
    if (name == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
  }

  /** The key of one fact of one file of a report. */
  public static String of(
      String reportDocumentId, String fileId, FactKind kind, String name, @Nullable Integer page) {
    String key =
        reportDocumentId
            + "|"
            + fileId
            + "|"
            + kind.apiValue()
            + "|"
            + normalise(name)
            + "|"
            + (page == null ? "" : page);
    // Strapi's string attribute holds 255 characters; a long title keeps its start, which is what
    // tells one initiative from another in practice.
    return key.length() <= 255 ? key : key.substring(0, 255);
  }
}
