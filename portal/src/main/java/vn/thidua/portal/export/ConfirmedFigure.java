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

  /**
   * The totals with the targets units registered beside them: per indicator (names compared
   * folded), the numeric targets summed, or averaged for a percentage, one per unit. An indicator
   * with targets but no confirmed result yet gets a line of its own, without a result, so the
   * missing result shows. A target that is not a number ("đạt") is not counted.
   */
  static List<Consolidation.Figure> withTargets(
      List<Consolidation.Figure> totals, List<Consolidation.UnitTarget> registered) {
    Map<String, Map<String, Consolidation.Target>> byIndicator = new LinkedHashMap<>();
    for (Consolidation.UnitTarget t : registered) {
      byIndicator
          .computeIfAbsent(fold(t.target().indicator()), k -> new LinkedHashMap<>())
          .putIfAbsent(t.unitDocumentId(), t.target());
    }
    List<Consolidation.Figure> out = new ArrayList<>();
    for (Consolidation.Figure f : totals) {
      Map<String, Consolidation.Target> aims = byIndicator.remove(fold(f.indicator()));
      out.add(
          aims == null
              ? f
              : withTarget(
                  f, aims.values(), f.measure() != null && f.measure().strip().equals("%")));
    }
    for (Map<String, Consolidation.Target> aims : byIndicator.values()) {
      Consolidation.Target first = aims.values().iterator().next();
      boolean percent = first.measure() != null && first.measure().strip().startsWith("%");
      Consolidation.Figure alone =
          new Consolidation.Figure(
              first.indicator().strip(), first.measure(), null, 0, false, null, 0);
      Consolidation.Figure line = withTarget(alone, aims.values(), percent);
      if (line.targetUnits() > 0) {
        out.add(line);
      }
    }
    return out;
  }

  private static Consolidation.Figure withTarget(
      Consolidation.Figure f, java.util.Collection<Consolidation.Target> aims, boolean percent) {
    BigDecimal sum = BigDecimal.ZERO;
    int count = 0;
    for (Consolidation.Target t : aims) {
      BigDecimal v = number(t.text());
      if (v != null) {
        sum = sum.add(v);
        count++;
      }
    }
    if (count == 0) {
      return f;
    }
    if (percent) {
      sum = sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return new Consolidation.Figure(
        f.indicator(), f.measure(), f.value(), f.units(), f.mean(), sum, count);
  }

  /**
   * A target as units type it ({@code 1.000}, {@code 12,5}, {@code 90%}), null when it is not a
   * number. The same reading as the facts' {@code FigureFormat}, which this package may not use
   * (the facts' views export through it).
   */
  static @Nullable BigDecimal number(@Nullable String typed) {
    if (typed == null) {
      return null;
    }
    String s = typed.replaceAll("[\\s\\u00a0%]", "");
    if (s.contains(".") && s.contains(",")) {
      s = s.replace(".", "").replace(',', '.');
    } else if (s.contains(",")) {
      s = s.replace(',', '.');
    } else if (s.matches("\\d{1,3}(\\.\\d{3})+")) {
      s = s.replace(".", "");
    }
    return s.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(s) : null;
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
