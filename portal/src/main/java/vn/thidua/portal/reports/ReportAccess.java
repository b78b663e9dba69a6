package vn.thidua.portal.reports;

import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;

/**
 * Who may read a report, its files and their text: the unit it belongs to, the reviewers, the
 * council and the administrators; editors only once it is accepted (they write stories from it). A
 * unit never reads another unit's report.
 */
public final class ReportAccess {

  private ReportAccess() {}

  public static boolean canRead(PortalUser user, Report report) {
    return switch (user.role()) {
      case UNIT -> belongsTo(user, report);
      case REVIEWER, COUNCIL, ADMIN -> true;
      // The Economy office scores from accepted reports, as the editors write from them.
      case EDITOR, ECONOMY -> report.status() == ReportStatus.ACCEPTED;
    };
  }

  /** True when the report is the user's unit's own. */
  public static boolean belongsTo(PortalUser user, Report report) {
    String unit = user.unitDocumentId();
    return unit != null && report.unit() != null && unit.equals(report.unit().documentId());
  }
}
