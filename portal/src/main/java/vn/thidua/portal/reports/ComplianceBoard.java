package vn.thidua.portal.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

/** Whether each unit sent its report of a year on time, late or not at all. */
@Service
public class ComplianceBoard {

  private final ReportService reports;
  private final CurrentUser currentUser;
  private final Clock clock;

  ComplianceBoard(ReportService reports, CurrentUser currentUser, Clock clock) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** One unit on the board; {@code report} is null when it sent none. */
  public record Row(Unit unit, @Nullable Report report, Compliance compliance) {}

  /** The board of a year. */
  public record Board(ReportDeadline deadline, List<Row> rows) {

    /** The rows of one kind of unit, all when {@code kind} is null. */
    public List<Row> ofKind(@Nullable UnitKind kind) {
      return kind == null ? rows : rows.stream().filter(r -> r.unit().kind() == kind).toList();
    }

    public long count(Compliance compliance) {
      return rows.stream().filter(r -> r.compliance() == compliance).count();
    }
  }

  /** The board of {@code year}, for reviewers, the council and administrators. */
  public Board board(int year) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    ReportDeadline deadline = reports.deadline(year);
    List<Unit> units = reports.units();
    List<Report> annual =
        reports.reportsOfYear(year).stream()
            .filter(r -> r.stage() == null || r.stage() == Stage.ANNUAL)
            .filter(r -> r.unit() != null)
            .toList();
    return of(deadline, units, annual, clock);
  }

  /**
   * The board from what Strapi gave: pure, for tests. A unit's first report of the year decides
   * whether it was on time; the row opens the report waiting for review, if any, else the first.
   */
  static Board of(ReportDeadline deadline, List<Unit> units, List<Report> reports, Clock clock) {
    Map<String, List<Report>> byUnit = new HashMap<>();
    for (Report r : reports) {
      byUnit.computeIfAbsent(r.unit().documentId(), k -> new java.util.ArrayList<>()).add(r);
    }
    List<Row> rows =
        units.stream()
            .sorted(Comparator.comparing(Unit::name))
            .map(
                unit -> {
                  List<Report> ofUnit = byUnit.getOrDefault(unit.documentId(), List.of());
                  java.time.Instant first =
                      ofUnit.stream()
                          .map(Report::submittedAt)
                          .filter(java.util.Objects::nonNull)
                          .min(java.time.Instant::compareTo)
                          .orElse(null);
                  Report shown =
                      ofUnit.stream()
                          .filter(
                              r ->
                                  r.status()
                                      == vn.thidua.portal.strapi.model.ReportStatus.SUBMITTED)
                          .reduce((a, b) -> b)
                          .orElse(
                              ofUnit.stream()
                                  .filter(
                                      r -> r.submittedAt() != null && r.submittedAt().equals(first))
                                  .findFirst()
                                  .orElse(ofUnit.isEmpty() ? null : ofUnit.getFirst()));
                  return new Row(unit, shown, Compliance.of(first, deadline, clock.getZone()));
                })
            .toList();
    return new Board(deadline, rows);
  }

  /**
   * The units to remind (not sent yet, or missing), as CSV for a spreadsheet: UTF-8 with a byte
   * order mark so Excel reads the Vietnamese names.
   *
   * @param label translates a key for the header and the status column
   */
  public static byte[] reminderCsv(List<Row> rows, Function<String, String> label) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(
        String.join(
            ",",
            quote(label.apply("review.csv.unit")),
            quote(label.apply("review.csv.kind")),
            quote(label.apply("review.csv.status")),
            quote(label.apply("review.csv.contact")),
            quote(label.apply("review.csv.email")),
            quote(label.apply("review.csv.phone"))));
    csv.append("\r\n");
    for (Row row : rows) {
      if (!row.compliance().needsReminder()) {
        continue;
      }
      Unit u = row.unit();
      csv.append(
          String.join(
              ",",
              quote(u.name()),
              quote(u.kind() == null ? "" : label.apply(u.kind().messageKey())),
              quote(label.apply(row.compliance().messageKey())),
              quote(u.contactName()),
              quote(u.contactEmail()),
              quote(u.contactPhone())));
      csv.append("\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String quote(@Nullable String value) {
    return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
  }
}
