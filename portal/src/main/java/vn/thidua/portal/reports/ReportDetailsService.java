package vn.thidua.portal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.indexer.FileFacts;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * A report's number (Số …/BC-…) and date (issue 17, "report details"): suggested from what the
 * indexer read in the report's files, confirmed or typed by the unit, saved on the report. Only the
 * unit the report belongs to saves them, and only until the report is accepted.
 */
@Service
public class ReportDetailsService {

  /** The number and date saved on a report. */
  public record Details(@Nullable String number, @Nullable LocalDate reportDate) {}

  /** What a file of the report says its number and date are. */
  public record Suggestion(
      @Nullable String number, @Nullable LocalDate reportDate, String fileName) {}

  /** Only the two fields, not the whole report. */
  record Header(String documentId, @Nullable String number, @Nullable LocalDate reportDate) {}

  static final ContentType<Header> HEADERS =
      new ContentType<>("reports", "api::report.report", Header.class);

  /** "118/BC-UBND", "38/BC-ĐTN", "12/BC-TYT-2026": a number, a slash, letters and dashes. */
  static final Pattern NUMBER = Pattern.compile("\\d{1,6}/[\\p{L}\\p{N}]+([-–./][\\p{L}\\p{N}]+)*");

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private final ReportService reports;
  private final StrapiClient strapi;
  private final IndexerClient indexer;
  private final CurrentUser currentUser;
  private final Clock clock;

  ReportDetailsService(
      ReportService reports,
      StrapiClient strapi,
      IndexerClient indexer,
      CurrentUser currentUser,
      Clock clock) {
    this.reports = reports;
    this.strapi = strapi;
    this.indexer = indexer;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The number and date saved on the report, for whoever may read it. */
  public Details saved(String reportDocumentId) {
    reports.report(reportDocumentId);
    Header h =
        strapi.findOne(
            HEADERS, reportDocumentId, StrapiQuery.create().fields("number", "reportDate"));
    return new Details(h.number(), h.reportDate());
  }

  /**
   * The number and date read from the report's files, the newest file that shows either; empty when
   * none does (not read yet, no header, or the indexer cannot be asked).
   */
  public Optional<Suggestion> suggested(String reportDocumentId) {
    Report report = reports.report(reportDocumentId);
    List<StrapiMedia> files = report.files();
    for (int i = files.size() - 1; i >= 0; i--) {
      StrapiMedia file = files.get(i);
      IndexerResult<Optional<FileFacts>> read =
          indexer.facts(Long.toString(file.id()), currentUser.indexerCaller());
      Optional<FileFacts> facts = read.available().flatMap(f -> f);
      if (facts.isPresent()
          && (facts.get().reportNumber() != null || facts.get().reportDate() != null)) {
        return Optional.of(
            new Suggestion(facts.get().reportNumber(), facts.get().reportDate(), file.name()));
      }
    }
    return Optional.empty();
  }

  /**
   * Saves the number and date the unit confirmed or typed.
   *
   * @throws ReportDetailsException with the message to show when a value is not acceptable
   */
  public Details save(String reportDocumentId, @Nullable String number, @Nullable LocalDate date) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    Report report = reports.report(reportDocumentId);
    if (!ReportAccess.belongsTo(user, report)) {
      throw new AccessDeniedException("Not this unit's report");
    }
    if (report.status() == ReportStatus.ACCEPTED) {
      throw new ReportDetailsException("reports.details.error.accepted");
    }
    String n = normaliseNumber(number);
    if (n != null && !NUMBER.matcher(n).matches()) {
      throw new ReportDetailsException("reports.details.error.number");
    }
    if (date != null && (date.isAfter(LocalDate.now(clock)) || date.isBefore(EARLIEST))) {
      throw new ReportDetailsException("reports.details.error.date");
    }
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("number", n);
    data.put("reportDate", date == null ? null : date.toString());
    // Null fields are not sent by the client; an emptied number is saved as empty, not left.
    if (n == null) {
      data.put("number", "");
    }
    strapi.update(ContentType.REPORTS, reportDocumentId, data, Publication.PUBLISHED);
    return saved(reportDocumentId);
  }

  /** "Số: 118/BC-UBND" and " 118 / BC-UBND " are 118/BC-UBND; blank is no number. */
  static @Nullable String normaliseNumber(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String s = typed.strip().replaceFirst("(?i)^s[ốo]\\s*:?\\s*", "");
    return s.replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", "");
  }
}
