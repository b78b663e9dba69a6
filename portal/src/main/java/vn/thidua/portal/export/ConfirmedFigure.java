package vn.thidua.portal.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An indicator a reviewer confirmed in a report ({@code report-facts} in Strapi, written by the
 * {@code facts} package). Read here rather than through {@code FactsService}: the facts' own views
 * export through this package, and a module may not depend on one that depends on it.
 */
record ConfirmedFigure(
    @Nullable UnitRef unit,
    @Nullable Integer year,
    String name,
    @Nullable String normalizedName,
    @Nullable String measure,
    @Nullable BigDecimal value,
    @Nullable Instant decidedAt) {

  record UnitRef(String documentId) {}

  /** Indicators add up when their folded names and measures are the same. */
  String group() {
    String n = normalizedName == null || normalizedName.isBlank() ? fold(name) : normalizedName;
    return n + "|" + (measure == null ? "" : fold(measure));
  }

  /** One figure per unit, year and indicator: the one decided last. */
  static List<ConfirmedFigure> latest(List<ConfirmedFigure> all) {
    Map<String, ConfirmedFigure> latest = new LinkedHashMap<>();
    for (ConfirmedFigure f : all) {
      if (f.value() == null) {
        continue;
      }
      String key =
          (f.unit() == null ? "" : f.unit().documentId()) + "|" + f.year() + "|" + f.group();
      latest.merge(key, f, (a, b) -> decided(b).isAfter(decided(a)) ? b : a);
    }
    return new ArrayList<>(latest.values());
  }

  /**
   * The figures summed per indicator and measure, in the order first met; a percentage is the mean
   * of the units' values, since percentages do not add up.
   */
  static List<Consolidation.Figure> sum(List<ConfirmedFigure> figures) {
    Map<String, List<ConfirmedFigure>> byGroup = new LinkedHashMap<>();
    for (ConfirmedFigure f : figures) {
      if (f.value() != null) {
        byGroup.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Consolidation.Figure> out = new ArrayList<>();
    for (List<ConfirmedFigure> group : byGroup.values()) {
      ConfirmedFigure first = group.getFirst();
      BigDecimal total =
          group.stream()
              .map(ConfirmedFigure::value)
              .map(v -> v == null ? BigDecimal.ZERO : v)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      boolean mean = first.measure() != null && first.measure().strip().equals("%");
      if (mean) {
        total =
            total
                .divide(BigDecimal.valueOf(group.size()), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
      }
      out.add(
          new Consolidation.Figure(
              first.name().strip(),
              first.measure(),
              total,
              group.size(),
              mean && group.size() > 1));
    }
    return out;
  }

  private static Instant decided(ConfirmedFigure f) {
    return f.decidedAt() == null ? Instant.EPOCH : f.decidedAt();
  }

  /** Lower case without diacritics (đ included) and with single spaces. */
  static String fold(String s) {
    String d =
        Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('đ', 'd');
    return d.replaceAll("\\s+", " ");
  }
}
