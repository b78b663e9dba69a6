package vn.thidua.portal.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who issues and signs the report upward, as the commune keeps it in Strapi's site-setting: what a
 * clerk changes when the chairman changes, not code. A field left empty falls back to the commune's
 * People's Committee and its chairman.
 *
 * @param issuer the issuing body, lines as they are to be broken ("Ủy ban nhân dân" / "xã Đại Sơn")
 * @param symbol the report's symbol after "BC-", e.g. {@code UBND}
 * @param copiesTo "Nơi nhận", one recipient per line
 */
public record Letterhead(
    @Nullable String communeName,
    @Nullable String issuerParent,
    String issuer,
    String symbol,
    @Nullable String place,
    String signerTitle,
    @Nullable String signer,
    List<String> copiesTo) {

  public Letterhead {
    copiesTo = List.copyOf(copiesTo);
  }

  /** The letterhead of the site-setting's fields, each empty one defaulted. */
  static Letterhead of(@Nullable Setting s) {
    String commune = s == null ? null : blankToNull(s.communeName());
    String issuer =
        s != null && blankToNull(s.issuer()) != null
            ? s.issuer()
            : "Ủy ban nhân dân\nxã " + (commune == null ? "" : commune);
    List<String> copies =
        s == null || blankToNull(s.reportCopiesTo()) == null
            ? List.of("Như trên;", "Lưu: VT.")
            : s.reportCopiesTo().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new Letterhead(
        commune,
        s == null ? null : blankToNull(s.issuerParent()),
        issuer,
        s == null || blankToNull(s.reportSymbol()) == null ? "UBND" : s.reportSymbol().strip(),
        s != null && blankToNull(s.place()) != null ? s.place() : commune,
        s == null || blankToNull(s.signerTitle()) == null ? "Chủ tịch" : s.signerTitle(),
        s == null ? null : blankToNull(s.signer()),
        copies);
  }

  /** The site-setting's fields the letterhead reads. */
  record Setting(
      @Nullable String communeName,
      @Nullable String issuerParent,
      @Nullable String issuer,
      @Nullable String reportSymbol,
      @Nullable String place,
      @Nullable String signerTitle,
      @Nullable String signer,
      @Nullable String reportCopiesTo) {}

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
