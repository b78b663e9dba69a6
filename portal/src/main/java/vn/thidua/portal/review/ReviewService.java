package vn.thidua.portal.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.SearchRequest;
import vn.thidua.portal.indexer.SearchResults;
import vn.thidua.portal.reports.ReportReviewed;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.ReportWorkflow;
import vn.thidua.portal.strapi.model.Report;

/** The reviewer's decisions on a report; each one goes into the report's history. */
@Service
public class ReviewService {

  private final ReportService reports;
  private final CurrentUser currentUser;
  private final IndexerClient indexer;
  private final ApplicationEventPublisher events;

  ReviewService(
      ReportService reports,
      CurrentUser currentUser,
      IndexerClient indexer,
      ApplicationEventPublisher events) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.indexer = indexer;
    this.events = events;
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
