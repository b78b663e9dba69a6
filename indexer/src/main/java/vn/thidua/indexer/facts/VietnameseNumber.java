package vn.thidua.indexer.facts;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number as Vietnamese documents write it: {@code 1.234} (dot between thousands), {@code 12,5}
 * (comma before decimals), {@code 78%}. OCR's usual slips inside a number ({@code O} or {@code o}
 * for 0, {@code l} or {@code I} for 1) are repaired and the result marked uncertain; so is a form
 * that reads two ways ({@code 1,234} or {@code 12.5}).
 *
 * @param percent whether the number carried a {@code %}
 */
record VietnameseNumber(BigDecimal value, boolean percent, boolean uncertain) {

  private static final Pattern TOKEN = Pattern.compile("[0-9OoIl][0-9OoIl.,]*%?");
  private static final Pattern THOUSANDS_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
  private static final Pattern THOUSANDS_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL_DOT = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("\\d{1,3},\\d{3}");
  private static final Pattern SPACED_THOUSANDS = Pattern.compile("\\d{1,3}( \\d{3})+");

  /** Reads one token, or null when it is not a number. */
  static @Nullable VietnameseNumber parse(String token) {
    String t = token.strip();
    if (SPACED_THOUSANDS.matcher(t).matches()) {
      return new VietnameseNumber(new BigDecimal(t.replace(" ", "")), false, false);
    }
    if (!TOKEN.matcher(t).matches()) {
      return null;
    }
    boolean percent = t.endsWith("%");
    if (percent) {
      t = t.substring(0, t.length() - 1);
    }
    while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(","))) {
      t = t.substring(0, t.length() - 1);
    }
    int digits = 0;
    int repaired = 0;
    StringBuilder clean = new StringBuilder();
    for (char c : t.toCharArray()) {
      switch (c) {
        case 'O', 'o' -> {
          clean.append('0');
          repaired++;
        }
        case 'I', 'l' -> {
          clean.append('1');
          repaired++;
        }
        default -> {
          if (Character.isDigit(c)) {
            digits++;
          }
          clean.append(c);
        }
      }
    }
    // A word such as "lO" is not a number; one slip among real digits is.
    if (digits == 0 || repaired > digits) {
      return null;
    }
    String s = clean.toString();
    boolean uncertain = repaired > 0;
    BigDecimal value;
    if (DIGITS.matcher(s).matches()) {
      value = new BigDecimal(s);
    } else if (THOUSANDS_DOTS.matcher(s).matches()) {
      value = new BigDecimal(s.replace(".", "").replace(',', '.'));
    } else if (DECIMAL_COMMA.matcher(s).matches()) {
      value = new BigDecimal(s.replace(',', '.'));
      // "1,234" is 1.234 in Vietnamese but 1234 in English: a guess, so say so.
      uncertain |= AMBIGUOUS_COMMA.matcher(s).matches();
    } else if (THOUSANDS_COMMAS.matcher(s).matches()) {
      value = new BigDecimal(s.replace(",", ""));
      uncertain = true;
    } else if (DECIMAL_DOT.matcher(s).matches()) {
      value = new BigDecimal(s);
      uncertain = true;
    } else {
      return null;
    }
    return new VietnameseNumber(
        value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros(),
        percent,
        uncertain);
  }
}
