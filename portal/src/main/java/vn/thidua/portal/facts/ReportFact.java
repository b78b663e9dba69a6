package vn.thidua.portal.facts;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * A fact read from a report file and decided by a person ({@code report-facts} in Strapi): where it
 * came from (report, file, page), what was read, what counts, who decided and when.
 *
 * @param factKey one entry per fact: report, file, kind, normalised name and page (see {@link
 *     FactKeys})
 * @param name the indicator's name, the initiative's title or the criterion's code
 * @param value what counts: the value as read when confirmed, the reviewer's when corrected
 * @param readValue the value the indexer read from the file
 * @param initiative the unit's initiative a confirmed initiative became (or was linked to)
 */
public record ReportFact(
    long id,
    String documentId,
    String factKey,
    @Nullable Ref report,
    @Nullable Ref unit,
    @Nullable UnitKind unitKind,
    @Nullable Integer year,
    FactKind kind,
    FactDecision decision,
    String name,
    @Nullable String normalizedName,
    @Nullable String measure,
    @Nullable BigDecimal value,
    @Nullable BigDecimal readValue,
    @Nullable Boolean readUncertain,
    @Nullable InitiativeField field,
    @Nullable String excerpt,
    @Nullable Double score,
    @Nullable String fileId,
    @Nullable String fileName,
    @Nullable Integer page,
    @Nullable Ref initiative,
    String decidedBy,
    Instant decidedAt) {

  /** A related entry, as much of it as the facts need. */
  public record Ref(
      String documentId, @Nullable String title, @Nullable String name, @Nullable String slug) {

    /** What a person reads: a report's or initiative's title, a unit's name. */
    public String label() {
      return title != null ? title : name != null ? name : documentId;
    }
  }
}
