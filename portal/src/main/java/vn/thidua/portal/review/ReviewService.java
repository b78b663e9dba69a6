package vn.thidua.portal.review;

import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.ReportWorkflow;
import vn.thidua.portal.strapi.model.Report;

/** The reviewer's decisions on a report; each one goes into the report's history. */
@Service
public class ReviewService {

  private final ReportService reports;
  private final CurrentUser currentUser;

  ReviewService(ReportService reports, CurrentUser currentUser) {
    this.reports = reports;
    this.currentUser = currentUser;
  }

  /** Accepts a submitted report, with an optional comment. */
  public Report accept(String documentId, String comment) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    Report report = reports.forReview(documentId);
    return reports.applyReview(
        documentId, ReportWorkflow.accept(report, user.username(), comment, reports.now()));
  }

  /** Returns a submitted report to its unit with a comment saying what to change. */
  public Report returnForChanges(String documentId, String comment) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    Report report = reports.forReview(documentId);
    return reports.applyReview(
        documentId,
        ReportWorkflow.returnForChanges(report, user.username(), comment, reports.now()));
  }
}
