package vn.thidua.portal.export;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Unit;

/**
 * The figures of a year's consolidated report.
 *
 * @param totals the movement's main indicators over all units: the confirmed figures summed (or
 *     averaged, for a percentage)
 * @param letterhead who issues and signs the report, from the site-setting
 */
public record Consolidation(
    int year, ReportDeadline deadline, List<Row> rows, List<Figure> totals, Letterhead letterhead) {

  public Consolidation {
    rows = List.copyOf(rows);
    totals = List.copyOf(totals);
  }

  /** A year without confirmed figures, signed by the commune's defaults. */
  public Consolidation(int year, ReportDeadline deadline, List<Row> rows) {
    this(year, deadline, rows, List.of(), Letterhead.of(null));
  }

  /**
   * One unit: whether and when it reported, its initiatives by field, its main figures and the
   * awards proposed for it.
   *
   * @param figures the unit's confirmed figures of the year, or, when none is confirmed yet, those
   *     its report declares
   * @param proposals the award forms proposed for the unit this year, with their result
   * @param targets what the unit registered for the year's measured criteria, to be read beside its
   *     figures
   */
  public record Row(
      Unit unit,
      @Nullable Report report,
      Compliance compliance,
      Map<InitiativeField, Integer> initiatives,
      List<Figure> figures,
      List<Proposal> proposals,
      List<Target> targets) {

    public Row {
      figures = List.copyOf(figures);
      proposals = List.copyOf(proposals);
      targets = List.copyOf(targets);
    }

    /** A unit that registered no target. */
    public Row(
        Unit unit,
        @Nullable Report report,
        Compliance compliance,
        Map<InitiativeField, Integer> initiatives,
        List<Figure> figures,
        List<Proposal> proposals) {
      this(unit, report, compliance, initiatives, figures, proposals, List.of());
    }

    public Row(
        Unit unit,
        @Nullable Report report,
        Compliance compliance,
        Map<InitiativeField, Integer> initiatives) {
      this(unit, report, compliance, initiatives, List.of(), List.of());
    }

    public int initiativeTotal() {
      return initiatives.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /**
   * A figure: an indicator's value in its measure, and in the movement's totals the targets units
   * registered for it, added up the same way.
   *
   * @param value null on a line of the totals with registered targets but no confirmed result yet
   * @param units how many units it is made of (1 for a unit's own figure)
   * @param mean true when the value is a mean (a percentage does not add up across units)
   * @param target the registered targets that are numbers, summed (averaged for a percentage); null
   *     when no unit registered one
   * @param targetUnits how many units registered a target
   */
  public record Figure(
      String indicator,
      @Nullable String measure,
      @Nullable BigDecimal value,
      int units,
      boolean mean,
      @Nullable BigDecimal target,
      int targetUnits) {

    /** A figure without targets. */
    public Figure(
        String indicator, @Nullable String measure, BigDecimal value, int units, boolean mean) {
      this(indicator, measure, value, units, mean, null, 0);
    }
  }

  /**
   * A target the unit registered: the report indicator that measures the criterion, and the target
   * as the unit typed it, in the criterion's measure.
   */
  public record Target(String indicator, @Nullable String measure, String text) {}

  /**
   * The targets of the units, for the totals: one per unit and indicator.
   *
   * @param unitDocumentId the unit that registered it
   */
  public record UnitTarget(String unitDocumentId, Target target) {}

  /**
   * An award proposed for a unit.
   *
   * @param result {@code pending}, {@code passed} or {@code not_passed}, as Strapi stores it
   */
  public record Proposal(String awardForm, @Nullable String result) {}

  public long count(Compliance compliance) {
    return rows.stream().filter(r -> r.compliance() == compliance).count();
  }

  /** Initiatives of the year per field, over all units. */
  public Map<InitiativeField, Integer> initiativesByField() {
    Map<InitiativeField, Integer> total = new EnumMap<>(InitiativeField.class);
    for (InitiativeField f : InitiativeField.values()) {
      total.put(f, rows.stream().mapToInt(r -> r.initiatives().getOrDefault(f, 0)).sum());
    }
    return total;
  }
}
