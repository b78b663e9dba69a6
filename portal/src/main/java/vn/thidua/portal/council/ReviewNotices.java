package vn.thidua.portal.council;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.portal.reports.ReportReviewed;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Unit;

/**
 * Tells a unit that its report was accepted, or returned with the reviewer's comment (issue 12's
 * "accepted" and "returned with comment" notices): in its workspace, and by e-mail to its contact
 * through the outbox. One notice per decision, keyed by the report and the moment it was recorded,
 * so a report returned twice is told twice and a repeated event once.
 */
@Component
class ReviewNotices {

  private static final Logger log = LoggerFactory.getLogger(ReviewNotices.class);
  static final String ACCEPTED = "report-accepted";
  static final String RETURNED = "report-returned";

  private final StrapiClient strapi;
  private final UnitNotices notices;

  ReviewNotices(StrapiClient strapi, UnitNotices notices) {
    this.strapi = strapi;
    this.notices = notices;
  }

  @EventListener
  void on(ReportReviewed reviewed) {
    try {
      tell(reviewed);
    } catch (StrapiException e) {
      // The decision is kept and the unit's desk shows it; only the notice could not be made.
      log.warn(
          "notices: report {} reviewed, but its notice could not be made now: {}",
          reviewed.reportDocumentId(),
          e.getMessage());
    }
  }

  /** Makes the decision's notice; 1 if made, 0 if it existed. */
  int tell(ReportReviewed reviewed) {
    Unit unit = strapi.findOne(ContentType.UNITS, reviewed.unitDocumentId(), StrapiQuery.create());
    String year = reviewed.year() == null ? "" : " năm " + reviewed.year();
    String kind = reviewed.accepted() ? ACCEPTED : RETURNED;
    String subject =
        reviewed.accepted()
            ? "Báo cáo" + year + " đã được tiếp nhận"
            : "Báo cáo" + year + " được trả lại để bổ sung, chỉnh sửa";
    StringBuilder body = new StringBuilder();
    body.append("Báo cáo kết quả phong trào thi đua")
        .append(year)
        .append(" của ")
        .append(unit.name())
        .append(
            reviewed.accepted()
                ? " đã được tiếp nhận."
                : " được trả lại để bổ sung, chỉnh sửa và gửi lại.");
    if (reviewed.comment() != null) {
      body.append("\n\nÝ kiến của người thẩm định: ").append(reviewed.comment());
    }
    String key = kind + ":" + reviewed.reportDocumentId() + ":" + reviewed.at();
    return notices.tell(kind, key, unit, subject, body.toString(), Routes.WORKSPACE_UNIT);
  }
}
