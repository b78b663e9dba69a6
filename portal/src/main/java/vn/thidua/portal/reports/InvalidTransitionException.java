package vn.thidua.portal.reports;

import vn.thidua.portal.strapi.model.ReportStatus;

/** A report cannot go from its status to the one asked (e.g. accepting a returned report). */
public final class InvalidTransitionException extends IllegalStateException {

  InvalidTransitionException(ReportStatus from, ReportStatus to) {
    super("A report cannot go from " + from + " to " + to);
  }

  public String messageKey() {
    return "reports.error.transition";
  }
}
