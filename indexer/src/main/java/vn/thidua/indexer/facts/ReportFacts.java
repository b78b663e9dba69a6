package vn.thidua.indexer.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a report's text says, read by {@link FactsExtractor}. A value that could not be read is
 * null, and {@code uncertain} says what was doubtful and why, so a reviewer checks it rather than
 * trusts it.
 *
 * @param reportNumber the number after "Số:", e.g. {@code 118/BC-UBND}
 * @param reportDate the date of the "…, ngày … tháng … năm …" line
 * @param unitName the issuing unit from the header, in the casing the body writes it
 * @param indicators every row of the indicator tables
 * @param initiatives the initiatives the report lists
 * @param proposal the award the unit proposes, if the report proposes one
 * @param criteria criteria the report's passages support, best first
 * @param uncertain notes (Vietnamese) on what could not be read with confidence
 */
public record ReportFacts(
    @Nullable String reportNumber,
    @Nullable LocalDate reportDate,
    @Nullable String unitName,
    List<Indicator> indicators,
    List<Initiative> initiatives,
    @Nullable Proposal proposal,
    List<CriterionSuggestion> criteria,
    List<String> uncertain) {

  public ReportFacts {
    indicators = List.copyOf(indicators);
    initiatives = List.copyOf(initiatives);
    criteria = List.copyOf(criteria);
    uncertain = List.copyOf(uncertain);
  }

  /** The same facts with criteria suggested for them. */
  public ReportFacts withCriteria(List<CriterionSuggestion> suggested) {
    return new ReportFacts(
        reportNumber,
        reportDate,
        unitName,
        indicators,
        initiatives,
        proposal,
        suggested,
        uncertain);
  }

  /** The same facts with one more note on what could not be read. */
  public ReportFacts withNote(String note) {
    List<String> notes = new java.util.ArrayList<>(uncertain);
    notes.add(note);
    return new ReportFacts(
        reportNumber, reportDate, unitName, indicators, initiatives, proposal, criteria, notes);
  }

  /**
   * One row of an indicator table.
   *
   * @param value null when the cell holds no number that can be read
   * @param page the PDF page, or null for formats without pages
   * @param uncertain true when the value or unit was repaired (OCR noise) or guessed
   */
  public record Indicator(
      String name,
      @Nullable String unit,
      @Nullable BigDecimal value,
      @Nullable Integer page,
      boolean uncertain) {}

  /**
   * An initiative listed in the report.
   *
   * @param field the initiative content type's value ({@code chuyen_doi_so}, {@code
   *     chuyen_doi_xanh}, {@code doi_moi_sang_tao}, {@code khoa_hoc_cong_nghe}), or null when the
   *     text does not name one
   */
  public record Initiative(
      String title, @Nullable String field, String detail, @Nullable Integer page) {}

  /** The award proposed: its form ("Bằng khen của UBND thành phố") and for whom. */
  public record Proposal(String form, @Nullable String recipient, @Nullable Integer page) {}

  /** A criterion the report's text supports: the passage, its page and a score from 0 to 1. */
  public record CriterionSuggestion(
      String code, String title, @Nullable Integer page, String excerpt, double score) {}
}
