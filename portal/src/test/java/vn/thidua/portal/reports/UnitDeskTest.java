package vn.thidua.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;

/** What the unit's workspace lists below its current report. */
class UnitDeskTest {

  private static Report report(String id, int year, @Nullable String submitted) {
    return new Report(
        id.hashCode(),
        id,
        "Báo cáo " + year,
        null,
        year,
        null,
        id,
        List.of(),
        ReportStatus.ACCEPTED,
        null,
        submitted == null ? null : Instant.parse(submitted),
        null,
        List.of(),
        Map.of(),
        null);
  }

  @Test
  void earlier_reports_are_the_other_reports_up_to_this_year_newest_first() {
    Report y2026first = report("2026-a", 2026, "2026-10-20T02:00:00Z");
    Report y2026current = report("2026-b", 2026, "2026-11-20T02:00:00Z");
    Report y2027 = report("2027-a", 2027, "2027-10-26T02:00:00Z");
    Report y2028 = report("2028-a", 2028, "2028-10-26T02:00:00Z");
    Report y2027late = report("2027-b", 2027, "2027-11-09T02:00:00Z");

    List<Report> earlier =
        ReportService.earlier(
            List.of(y2026first, y2026current, y2027, y2028, y2027late), 2027, y2027late);

    assertThat(earlier)
        .extracting(Report::documentId)
        .as("not the current one, not a later year")
        .containsExactly("2027-a", "2026-b", "2026-a");
  }

  @Test
  void with_no_current_report_every_report_of_this_and_earlier_years_is_listed() {
    assertThat(
            ReportService.earlier(
                List.of(
                    report("2026-a", 2026, null), report("2026-b", 2026, "2026-11-02T00:00:00Z")),
                2026,
                null))
        .extracting(Report::documentId)
        .containsExactly("2026-b", "2026-a");
  }
}
