package vn.thidua.portal.facts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Figures as Vietnamese staff type and read them: {@code 1.234} is a thousand two hundred and
 * thirty-four, {@code 12,5} twelve and a half. A correction typed either way is read the way a
 * person meant it; what cannot be read is refused rather than guessed.
 */
public final class FigureFormat {

  private static final Pattern THOUSANDS_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private FigureFormat() {}

  /** The number typed, empty when it is not one. */
  public static Optional<BigDecimal> parse(@Nullable String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String s = typed.replaceAll("[\\s\\u00a0%]", "");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.contains(".") && s.contains(",")) {
      // 1.234,5: dots group thousands, the comma is the decimal mark.
      s = s.replace(".", "").replace(',', '.');
    } else if (s.contains(",")) {
      s = s.replace(',', '.');
    } else if (THOUSANDS_DOTS.matcher(s).matches()) {
      s = s.replace(".", "");
    }
    return NUMBER.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
  }

  /** The figure as a Vietnamese reader writes it: {@code 1.234}, {@code 12,5}. */
  public static String format(@Nullable BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    return (v.signum() < 0 ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
  }
}
