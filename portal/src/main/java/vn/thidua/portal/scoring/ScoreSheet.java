package vn.thidua.portal.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.OwningOffice;

/**
 * An office's score sheet for a year, immutable: every change returns the next sheet. Scores are
 * edited only while the sheet is open or reopened; a submitted sheet changes only through {@link
 * #reopen}, which records who, when and why, so the history of a score after submission is never
 * lost.
 */
public record ScoreSheet(
    OwningOffice office,
    int year,
    SheetStatus status,
    @Nullable Instant submittedAt,
    @Nullable String submittedBy,
    List<Reopening> reopenings) {

  public ScoreSheet {
    reopenings = List.copyOf(reopenings);
  }

  /** Who reopened a submitted sheet, when and why. */
  public record Reopening(Instant at, String actor, String reason) {}

  /** A new, open sheet. */
  public static ScoreSheet open(OwningOffice office, int year) {
    return new ScoreSheet(office, year, SheetStatus.OPEN, null, null, List.of());
  }

  /**
   * Checks that {@code points} for a criterion owned by {@code criterionOffice} with {@code
   * maxScore} may be written on this sheet now.
   *
   * @throws ScoringException when the sheet is submitted, the criterion is another office's, or the
   *     points are out of range
   */
  public void requireScorable(
      @Nullable OwningOffice criterionOffice, @Nullable Double maxScore, double points) {
    if (!status.editable()) {
      throw new ScoringException("scoring.error.submitted");
    }
    if (criterionOffice != office) {
      throw new ScoringException("scoring.error.other-office");
    }
    // A criterion whose maximum was cleared in Strapi cannot be scored: without a bound, a typo or
    // a forged 1e300 would decide the ranking.
    if (!Double.isFinite(points) || points < 0 || maxScore == null || points > maxScore) {
      throw new ScoringException("scoring.error.range");
    }
  }

  /** The office submits the sheet: its scores count from now on, and are frozen. */
  public ScoreSheet submit(String actor, Instant at) {
    if (!status.editable()) {
      throw new ScoringException("scoring.error.submitted");
    }
    return new ScoreSheet(office, year, SheetStatus.SUBMITTED, at, actor, reopenings);
  }

  /**
   * Reopens a submitted sheet, recording who, when and why.
   *
   * @throws ScoringException when the sheet is not submitted or no reason is given
   */
  public ScoreSheet reopen(String actor, String reason, Instant at) {
    if (status != SheetStatus.SUBMITTED) {
      throw new ScoringException("scoring.error.not-submitted");
    }
    if (reason.isBlank()) {
      throw new ScoringException("scoring.error.reason");
    }
    List<Reopening> next = new ArrayList<>(reopenings);
    next.add(new Reopening(at, actor, reason.strip()));
    return new ScoreSheet(office, year, SheetStatus.REOPENED, submittedAt, submittedBy, next);
  }
}
