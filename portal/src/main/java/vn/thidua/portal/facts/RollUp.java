package vn.thidua.portal.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Beside each result stands the target units registered for the criterion that indicator
 * measures: per unit (on its figure), and per unit kind and year added up the same way as the
 * results (summed, or averaged for a percentage). An indicator with targets but no confirmed result
 * yet still has its lines, so a missing result shows.
 *
 * @param years the plan's years, in order (2026–2030)
 * @param lines one per indicator, measure and unit kind, then the indicator's all-kinds line
 * @param figures every confirmed figure that counts, with its source, for tracing a sum back
 * @param targets the registered targets of the years, each matched to its indicator by folded name
 */
public record RollUp(
    List<Integer> years, List<Line> lines, List<ReportFact> figures, List<Target> targets) {

  public RollUp {
    years = List.copyOf(years);
    lines = List.copyOf(lines);
    figures = List.copyOf(figures);
    targets = List.copyOf(targets);
  }

  /**
   * A unit's registered target for an indicator in a year.
   *
   * @param indicator the name of the report indicator that measures the criterion
   * @param measure the criterion's measure; one starting with % makes the targets a mean
   * @param text the target as the unit typed it
   * @param value the target read as a number ({@code 1.000}, {@code 12,5}), null when it is not one
   */
  public record Target(
      String unitDocumentId,
      String unitName,
      @Nullable UnitKind unitKind,
      int year,
      String criterionCode,
      String indicator,
      @Nullable String measure,
      String text,
      @Nullable BigDecimal value) {

    /** A target as typed, read as a number where it is one. */
    public static Target of(
        String unitDocumentId,
        String unitName,
        @Nullable UnitKind unitKind,
        int year,
        String criterionCode,
        String indicator,
        @Nullable String measure,
        String text) {
      return new Target(
          unitDocumentId,
          unitName,
          unitKind,
          year,
          criterionCode,
          indicator,
          measure,
          text,
          FigureFormat.parse(text).orElse(null));
    }
  }

  /** The target the figure's unit registered for its indicator and year, if any. */
  public Optional<Target> targetOf(ReportFact figure) {
    String unit = figure.unit() == null ? "" : figure.unit().documentId();
    String name = FactKeys.normalise(figure.name());
    return targets.stream()
        .filter(
            t ->
                t.unitDocumentId().equals(unit)
                    && Objects.equals(t.year(), figure.year())
                    && FactKeys.normalise(t.indicator()).equals(name))
        .findFirst();
  }

  /** The roll-up's figures and targets of one unit, for its own series. */
  public RollUp ofUnit(String unitDocumentId) {
    return of(
        figures.stream()
            .filter(f -> f.unit() != null && f.unit().documentId().equals(unitDocumentId))
            .toList(),
        targets.stream().filter(t -> t.unitDocumentId().equals(unitDocumentId)).toList(),
        years.getFirst(),
        years.getLast());
  }

  /**
   * One line of the roll-up.
   *
   * @param unitKind null on the line of all kinds together
   * @param values per year: the sum (or mean, for a percentage); a year without figures is absent
   * @param units per year: how many units the value is made of
   * @param mean true when the values are means (percentages)
   * @param targets per year: the registered targets added up like the values (numeric ones only)
   * @param targetUnits per year: how many units registered a target
   */
  public record Line(
      String indicator,
      @Nullable String measure,
      @Nullable UnitKind unitKind,
      Map<Integer, BigDecimal> values,
      Map<Integer, Integer> units,
      boolean mean,
      Map<Integer, BigDecimal> targets,
      Map<Integer, Integer> targetUnits) {

    public Line {
      values = Map.copyOf(values);
      units = Map.copyOf(units);
      targets = Map.copyOf(targets);
      targetUnits = Map.copyOf(targetUnits);
    }
  }

  /** The roll-up of the indicators among {@code facts} (others and rejected ones are ignored). */
  public static RollUp of(List<ReportFact> facts, int firstYear, int lastYear) {
    return of(facts, List.of(), firstYear, lastYear);
  }

  /** The roll-up of the indicators among {@code facts}, with the targets registered for them. */
  public static RollUp of(
      List<ReportFact> facts, List<Target> registered, int firstYear, int lastYear) {
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

    // A unit's target per indicator and year is one target (the first registered counts).
    Map<String, Target> targetByUnit = new LinkedHashMap<>();
    for (Target t : registered) {
      if (years.contains(t.year())) {
        targetByUnit.putIfAbsent(
            t.unitDocumentId() + "|" + t.year() + "|" + FactKeys.normalise(t.indicator()), t);
      }
    }
    List<Target> targets = List.copyOf(targetByUnit.values());

    Map<String, String> names = new TreeMap<>();
    Map<String, @Nullable String> measures = new LinkedHashMap<>();
    Map<String, List<ReportFact>> byIndicator = new LinkedHashMap<>();
    for (ReportFact f : figures) {
      names.putIfAbsent(group(f), displayName(f));
      measures.putIfAbsent(group(f), f.measure());
      byIndicator.computeIfAbsent(group(f), k -> new ArrayList<>()).add(f);
    }
    // Targets join the results of their indicator (the first measure it was read with); an
    // indicator with targets only gets lines of its own.
    Map<String, List<Target>> targetsByGroup = new LinkedHashMap<>();
    for (Target t : targets) {
      String name = FactKeys.normalise(t.indicator());
      String group =
          byIndicator.keySet().stream()
              .filter(k -> k.substring(0, k.indexOf('|')).equals(name))
              .findFirst()
              .orElseGet(
                  () -> {
                    String own = name + "|";
                    names.putIfAbsent(own, t.indicator().strip());
                    measures.putIfAbsent(own, null);
                    byIndicator.putIfAbsent(own, new ArrayList<>());
                    return own;
                  });
      targetsByGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(t);
    }
    List<Line> lines = new ArrayList<>();
    byIndicator.keySet().stream()
        .sorted(Comparator.comparing(names::get))
        .forEach(
            key -> {
              List<ReportFact> all = byIndicator.get(key);
              List<Target> aims = targetsByGroup.getOrDefault(key, List.of());
              String name = names.get(key);
              String measure = measures.get(key);
              boolean mean =
                  measure != null
                      ? measure.strip().equals("%")
                      : aims.stream()
                          .anyMatch(
                              t -> t.measure() != null && t.measure().strip().startsWith("%"));
              for (UnitKind kind : UnitKind.values()) {
                List<ReportFact> ofKind = all.stream().filter(f -> f.unitKind() == kind).toList();
                List<Target> aimsOfKind = aims.stream().filter(t -> t.unitKind() == kind).toList();
                if (!ofKind.isEmpty() || !aimsOfKind.isEmpty()) {
                  lines.add(line(name, measure, kind, mean, ofKind, aimsOfKind));
                }
              }
              lines.add(line(name, measure, null, mean, all, aims));
            });
    return new RollUp(years, lines, figures, targets);
  }

  private static Line line(
      String name,
      @Nullable String measure,
      @Nullable UnitKind kind,
      boolean mean,
      List<ReportFact> facts,
      List<Target> aims) {
    Map<Integer, BigDecimal> values = new TreeMap<>();
    Map<Integer, Integer> units = new TreeMap<>();
    for (ReportFact f : facts) {
      values.merge(
          Objects.requireNonNull(f.year()), Objects.requireNonNull(f.value()), BigDecimal::add);
      units.merge(f.year(), 1, Integer::sum);
    }
    Map<Integer, BigDecimal> targets = new TreeMap<>();
    Map<Integer, Integer> targetUnits = new TreeMap<>();
    for (Target t : aims) {
      if (t.value() != null) {
        targets.merge(t.year(), t.value(), BigDecimal::add);
        targetUnits.merge(t.year(), 1, Integer::sum);
      }
    }
    if (mean) {
      values.replaceAll((year, sum) -> mean(sum, units.get(year)));
      targets.replaceAll((year, sum) -> mean(sum, targetUnits.get(year)));
    }
    return new Line(name, measure, kind, values, units, mean, targets, targetUnits);
  }

  private static BigDecimal mean(BigDecimal sum, int count) {
    return sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).stripTrailingZeros();
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
