package vn.thidua.portal.strapi;

import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeReview;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.Unit;

/**
 * A Strapi collection type and the record it reads into.
 *
 * @param pluralId the REST path segment ({@code /api/{pluralId}})
 * @param uid Strapi's uid, used to link an upload to an entry ({@code api::report.report})
 */
public record ContentType<T>(String pluralId, String uid, Class<T> type) {

  public static final ContentType<Campaign> CAMPAIGNS =
      new ContentType<>("campaigns", "api::campaign.campaign", Campaign.class);
  public static final ContentType<Column> COLUMNS =
      new ContentType<>("columns", "api::column.column", Column.class);
  public static final ContentType<Story> STORIES =
      new ContentType<>("stories", "api::story.story", Story.class);
  public static final ContentType<Unit> UNITS =
      new ContentType<>("units", "api::unit.unit", Unit.class);
  public static final ContentType<Report> REPORTS =
      new ContentType<>("reports", "api::report.report", Report.class);
  public static final ContentType<Initiative> INITIATIVES =
      new ContentType<>("initiatives", "api::initiative.initiative", Initiative.class);
  public static final ContentType<Criterion> CRITERIA =
      new ContentType<>("criteria", "api::criterion.criterion", Criterion.class);
  public static final ContentType<InitiativeReview> INITIATIVE_REVIEWS =
      new ContentType<>(
          "initiative-reviews", "api::initiative-review.initiative-review", InitiativeReview.class);
  public static final ContentType<Award> AWARDS =
      new ContentType<>("awards", "api::award.award", Award.class);

  /** Persons (1.4); never public, read with the portal's token. */
  public static final ContentType<vn.thidua.portal.strapi.model.Person> PEOPLE =
      new ContentType<>("people", "api::person.person", vn.thidua.portal.strapi.model.Person.class);
}
