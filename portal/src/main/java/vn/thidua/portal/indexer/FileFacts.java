package vn.thidua.portal.indexer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the indexer read from a report file ({@code GET /api/files/{id}/facts}): the report's
 * number, date and unit from its header, the rows of its indicator tables, the initiatives it
 * lists, the award it proposes and the criteria its passages support. A value the indexer could not
 * read with confidence is null or marked {@code uncertain}: a person checks it before it counts.
 *
 * @param uncertain notes (Vietnamese, from the indexer) on what could not be read with confidence
 */
public record FileFacts(
    @Nullable String reportNumber,
    @Nullable LocalDate reportDate,
    @Nullable String unitName,
    List<Indicator> indicators,
    List<Initiative> initiatives,
    @Nullable Proposal proposal,
    List<Criterion> criteria,
    List<String> uncertain) {

  public FileFacts {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
  }

  /**
   * One row of an indicator table.
   *
   * @param value null when the cell holds no readable number
   * @param page the PDF page, null for formats without pages (DOCX, DOC, ODT)
   * @param uncertain the value or unit was repaired (OCR noise) or could be read two ways
   */
  public record Indicator(
      String name,
      @Nullable String unit,
      @Nullable BigDecimal value,
      @Nullable Integer page,
      boolean uncertain) {}

  /**
   * An initiative the report lists.
   *
   * @param field the initiative content type's value, null when the report names none
   */
  public record Initiative(
      String title, @Nullable String field, @Nullable String detail, @Nullable Integer page) {}

  /** The award the unit proposes, and for whom. */
  public record Proposal(String form, @Nullable String recipient, @Nullable Integer page) {}

  /** A criterion a passage supports, with the passage, its page and a score from 0 to 1. */
  public record Criterion(
      String code,
      @Nullable String title,
      @Nullable Integer page,
      @Nullable String excerpt,
      double score) {}
}
