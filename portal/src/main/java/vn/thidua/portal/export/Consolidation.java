package vn.thidua.portal.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.reports.Compliance;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Unit;

/** The figures of a year's consolidated report. */
public record Consolidation(int year, ReportDeadline deadline, List<Row> rows) {

  /** One unit: whether and when it reported, its initiatives by field. */
  public record Row(
      Unit unit,
      @Nullable Report report,
      Compliance compliance,
      Map<InitiativeField, Integer> initiatives) {

    public int initiativeTotal() {
      return initiatives.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

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
