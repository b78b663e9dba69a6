package vn.thidua.portal.strapi.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit's report for a year and stage, with its files and its review.
 *
 * @param indicators figures the unit reports, as Strapi's free JSON: a list of {@code {name, unit,
 *     value}} (as seeded) or an object of name to value; read them through {@link #indicatorList()}
 */
public record Report(
    long id,
    String documentId,
    @Nullable String title,
    @Nullable Unit unit,
    @Nullable Integer year,
    @Nullable Stage stage,
    @Nullable String number,
    List<StrapiMedia> files,
    @Nullable ReportStatus status,
    @Nullable String reviewerComment,
    @Nullable Instant submittedAt,
    @Nullable Instant reviewedAt,
    List<StatusChange> history,
    @Nullable Object indicators,
    @Nullable Instant publishedAt) {

  public Report {
    files = Lists.orEmpty(files);
    history = Lists.orEmpty(history);
  }

  /** One figure a unit reports. */
  public record Indicator(String name, @Nullable String unit, @Nullable Object value) {}

  /** The indicators in one shape, whichever JSON shape Strapi holds. */
  public List<Indicator> indicatorList() {
    List<Indicator> list = new java.util.ArrayList<>();
    if (indicators instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> m && m.get("name") != null) {
          list.add(
              new Indicator(
                  m.get("name").toString(),
                  m.get("unit") == null ? null : m.get("unit").toString(),
                  m.get("value")));
        }
      }
    } else if (indicators instanceof Map<?, ?> m) {
      m.forEach((k, v) -> list.add(new Indicator(k.toString(), null, v)));
    }
    return List.copyOf(list);
  }

  /**
   * One change of status, kept for the audit trail; or, with an {@code event}, a step that keeps
   * the status (a supplement, a file removed or replaced) and the file it concerns.
   */
  public record StatusChange(
      @Nullable ReportStatus fromStatus,
      @Nullable ReportStatus toStatus,
      @Nullable Instant at,
      @Nullable String actor,
      @Nullable String comment,
      @Nullable ReportEvent event,
      @Nullable String fileName) {

    /** A change of status. */
    public StatusChange(
        @Nullable ReportStatus fromStatus,
        @Nullable ReportStatus toStatus,
        @Nullable Instant at,
        @Nullable String actor,
        @Nullable String comment) {
      this(fromStatus, toStatus, at, actor, comment, null, null);
    }
  }
}
