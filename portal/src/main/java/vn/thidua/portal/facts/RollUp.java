package vn.thidua.portal.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The movement's figures over the plan's years: per indicator (names compared folded, so reports
 * that spell it differently add up) and measure, per unit kind and for all kinds, the sum of the
 * confirmed values of each year — or their mean for a percentage, which does not add up across
 * units. A unit counts once per indicator and year: when it sent several reports that year, the
 * value decided last is its figure.
 *
 * @param years the plan's years, in order (2026–2030)
 * @param lines one per indicator, measure and unit kind, then the indicator's all-kinds line
 * @param figures every confirmed figure that counts, with its source, for tracing a sum back
 */
public record RollUp(List<Integer> years, List<Line> lines, List<ReportFact> figures) {

  public RollUp {
    years = List.copyOf(years);
    lines = List.copyOf(lines);
    figures = List.copyOf(figures);
  }

  /**
   * One line of the roll-up.
   *
   * @param unitKind null on the line of all kinds together
   * @param values per year: the sum (or mean, for a percentage); a year without figures is absent
   * @param units per year: how many units the value is made of
   * @param mean true when the values are means (percentages)
   */
  public record Line(
      String indicator,
      @Nullable String measure,
      @Nullable UnitKind unitKind,
      Map<Integer, BigDecimal> values,
      Map<Integer, Integer> units,
      boolean mean) {

    public Line {
      values = Map.copyOf(values);
      units = Map.copyOf(units);
    }
  }

  /** The roll-up of the indicators among {@code facts} (others and rejected ones are ignored). */
  public static RollUp of(List<ReportFact> facts, int firstYear, int lastYear) {
    List<Integer> years = IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    // The latest decision per unit, year and indicator: a unit's figure of a year is one figure.
    Map<String, ReportFact> latest = new LinkedHashMap<>();
    for (ReportFact f : facts) {
      if (f.kind() != FactKind.INDICATOR
          || !f.decision().counts()
          || f.value() == null
          || f.year() == null
          || !years.contains(f.year())) {
        continue;
      }
      String unit = f.unit() == null ? "" : f.unit().documentId();
      String key = unit + "|" + f.year() + "|" + group(f);
      latest.merge(key, f, (a, b) -> b.decidedAt().isAfter(a.decidedAt()) ? b : a);
    }
    List<ReportFact> figures = new ArrayList<>(latest.values());
    figures.sort(
        Comparator.comparing((ReportFact f) -> displayName(f))
            .thenComparing(f -> Objects.requireNonNull(f.year()))
            .thenComparing(f -> f.unit() == null ? "" : f.unit().label()));

    Map<String, String> names = new TreeMap<>();
    Map<String, List<ReportFact>> byIndicator = new LinkedHashMap<>();
    for (ReportFact f : figures) {
      names.putIfAbsent(group(f), displayName(f));
      byIndicator.computeIfAbsent(group(f), k -> new ArrayList<>()).add(f);
    }
    List<Line> lines = new ArrayList<>();
    byIndicator.entrySet().stream()
        .sorted(Comparator.comparing(e -> names.get(e.getKey())))
        .forEach(
            e -> {
              List<ReportFact> all = e.getValue();
              ReportFact first = all.getFirst();
              for (UnitKind kind : UnitKind.values()) {
                List<ReportFact> ofKind = all.stream().filter(f -> f.unitKind() == kind).toList();
                if (!ofKind.isEmpty()) {
                  lines.add(line(names.get(e.getKey()), first.measure(), kind, ofKind));
                }
              }
              lines.add(line(names.get(e.getKey()), first.measure(), null, all));
            });
    return new RollUp(years, lines, figures);
  }

  private static Line line(
      String name, @Nullable String measure, @Nullable UnitKind kind, List<ReportFact> facts) {
    boolean mean = measure != null && measure.strip().equals("%");
    Map<Integer, BigDecimal> values = new TreeMap<>();
    Map<Integer, Integer> units = new TreeMap<>();
    for (ReportFact f : facts) {
      values.merge(
          Objects.requireNonNull(f.year()), Objects.requireNonNull(f.value()), BigDecimal::add);
      units.merge(f.year(), 1, Integer::sum);
    }
    if (mean) {
      values.replaceAll(
          (year, sum) ->
              sum.divide(BigDecimal.valueOf(units.get(year)), 2, RoundingMode.HALF_UP)
                  .stripTrailingZeros());
    }
    return new Line(name, measure, kind, values, units, mean);
  }

  /** Indicators add up when their folded names and measures are the same. */
  private static String group(ReportFact f) {
    String name = f.normalizedName() == null ? FactKeys.normalise(f.name()) : f.normalizedName();
    return name + "|" + FactKeys.normalise(f.measure());
  }

  private static String displayName(ReportFact f) {
    return f.name().strip();
  }
}
