package vn.thidua.portal.scoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.OwningOffice;

/** An office's score sheet of a year as Strapi keeps it ({@code api::score-sheet.score-sheet}). */
record SheetEntry(
    long id,
    String documentId,
    @Nullable OwningOffice office,
    @Nullable Integer year,
    @Nullable SheetStatus status,
    @Nullable Instant submittedAt,
    @Nullable String submittedBy,
    List<ScoreSheet.Reopening> reopenings) {

  SheetEntry {
    reopenings = reopenings == null ? List.of() : List.copyOf(reopenings);
  }

  /** The sheet the rules work on; a sheet without a status is still open. */
  ScoreSheet toSheet(OwningOffice office, int year) {
    return new ScoreSheet(
        office,
        year,
        status == null ? SheetStatus.OPEN : status,
        submittedAt,
        submittedBy,
        reopenings);
  }
}
