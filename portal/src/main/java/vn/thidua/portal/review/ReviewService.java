package vn.thidua.portal.review;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.dossier.CitationService;
import vn.thidua.portal.export.ConsolidatedReport;
import vn.thidua.portal.export.Labels;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.SearchRequest;
import vn.thidua.portal.indexer.SearchResults;
import vn.thidua.portal.registration.Registration;
import vn.thidua.portal.registration.RegistrationService;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.reports.ReportReviewed;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.ReportWorkflow;
import vn.thidua.portal.stories.StoryDesk;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Story;

/**
 * The review of the units' reports, the one door of the review views: the compliance board of a
 * year with its exports, a report under review with what cites it, the reviewer's decisions (each
 * goes into the report's history), the search in a unit's evidence, and a story begun from a
 * passage. What belongs to other modules is asked of them here, under their own access checks.
 */
@Service
public class ReviewService {

  private final ReportService reports;
  private final ComplianceBoard boards;
  private final RegistrationService registrations;
  private final ConsolidatedReport exports;
  private final StoryDesk stories;
  private final CitationService citations;
  private final CurrentUser currentUser;
  private final IndexerClient indexer;
  private final ApplicationEventPublisher events;

  ReviewService(
      ReportService reports,
      ComplianceBoard boards,
      RegistrationService registrations,
      ConsolidatedReport exports,
      StoryDesk stories,
      CitationService citations,
      CurrentUser currentUser,
      IndexerClient indexer,
      ApplicationEventPublisher events) {
    this.reports = reports;
    this.boards = boards;
    this.registrations = registrations;
    this.exports = exports;
    this.stories = stories;
    this.citations = citations;
    this.currentUser = currentUser;
    this.indexer = indexer;
    this.events = events;
  }

  /** The campaign's years, for the board's year picker. */
  public CampaignYears campaignYears() {
    return reports.campaignYears();
  }

  /** Who reported on time, late or not at all in {@code year} (reviewers, council, admins). */
  public ComplianceBoard.Board board(int year) {
    return boards.board(year);
  }

  /** The units' registrations of {@code year}, by unit documentId. */
  public Map<String, Registration> registrationsOfYear(int year) {
    return registrations.registrationsOfYear(year);
  }

  /** The reminder list of the rows as CSV (UTF-8 with BOM), headed in the reader's language. */
  public byte[] reminderCsv(List<ComplianceBoard.Row> rows, Function<String, String> label) {
    return ComplianceBoard.reminderCsv(rows, label);
  }

  /** The consolidated report of {@code year} as a workbook. */
  public void writeConsolidatedXlsx(int year, Labels label, OutputStream out) throws IOException {
    exports.writeXlsx(exports.gather(year), label, out);
  }

  /** The consolidated report of {@code year} as a Word document. */
  public void writeConsolidatedDocx(int year, OutputStream out) throws IOException {
    exports.writeDocx(exports.gather(year), out);
  }

  /** A report as staff read it. */
  public Report report(String documentId) {
    return reports.report(documentId);
  }

  /** The nominations, awards and stories that cite the report's pages. */
  public List<CitationService.Citation> citing(String reportDocumentId, Locale locale) {
    return citations.citing(reportDocumentId, locale);
  }

  /** A story draft begun from a passage of a report's file (editors and admins). */
  public Story storyFromPassage(
      String reportDocumentId, long fileId, @Nullable Integer page, String passage) {
    return stories.fromReportPassage(reportDocumentId, fileId, page, passage);
  }

  /**
   * Searches the evidence of one unit, as the signed-in user may see it (the indexer filters by the
   * caller's role); unavailable when the indexer is down.
   */
  public IndexerResult<SearchResults> searchUnitEvidence(String unitDocumentId, String query) {
    currentUser.require(
        PortalRole.REVIEWER, PortalRole.EDITOR, PortalRole.COUNCIL, PortalRole.ADMIN);
    return indexer.search(
        SearchRequest.of(query.strip()).withUnit(unitDocumentId), currentUser.indexerCaller());
  }

  /** Accepts a submitted report, with an optional comment; the unit is told (notices). */
  public Report accept(String documentId, String comment) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    Report report = reports.forReview(documentId);
    Instant at = reports.now();
    Report accepted =
        reports.applyReview(
            documentId, ReportWorkflow.accept(report, user.username(), comment, at));
    told(accepted, true, comment, at);
    return accepted;
  }

  /** Returns a submitted report to its unit with a comment saying what to change. */
  public Report returnForChanges(String documentId, String comment) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    Report report = reports.forReview(documentId);
    Instant at = reports.now();
    Report returned =
        reports.applyReview(
            documentId, ReportWorkflow.returnForChanges(report, user.username(), comment, at));
    told(returned, false, comment, at);
    return returned;
  }

  private void told(Report report, boolean accepted, @Nullable String comment, Instant at) {
    if (report.unit() != null) {
      events.publishEvent(
          new ReportReviewed(
              report.documentId(),
              report.unit().documentId(),
              report.year(),
              accepted,
              comment == null || comment.isBlank() ? null : comment.strip(),
              at));
    }
  }
}
