package vn.thidua.portal.records;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.strapi.model.AwardStatus;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * One unit's or one person's achievement record, year by year (issue 12).
 *
 * @param unitDocumentId the unit's documentId, or the person's for a person's record (kind {@code
 *     CA_NHAN}, no slug)
 * @param name the unit's name, or the person's with position and unit
 * @param complete whether this is the staff record; the public record leaves out registrations,
 *     scores, reports not accepted, unpublished initiatives and stories, and undecided awards
 */
public record AchievementRecord(
    String unitDocumentId,
    String name,
    @Nullable String slug,
    @Nullable UnitKind kind,
    boolean complete,
    List<Year> years) {

  public AchievementRecord {
    years = List.copyOf(years);
  }

  /** One year of the record; a list is empty when there is nothing of that kind. */
  public record Year(
      int year,
      List<RegistrationLine> registrations,
      List<ReportLine> reports,
      @Nullable ScoreLine score,
      List<InitiativeLine> initiatives,
      List<StoryLine> stories,
      List<AwardLine> awards) {

    public Year {
      registrations = List.copyOf(registrations);
      reports = List.copyOf(reports);
      initiatives = List.copyOf(initiatives);
      stories = List.copyOf(stories);
      awards = List.copyOf(awards);
    }

    /** Whether the year holds nothing to show. */
    public boolean isEmpty() {
      return registrations.isEmpty()
          && reports.isEmpty()
          && score == null
          && initiatives.isEmpty()
          && stories.isEmpty()
          && awards.isEmpty();
    }
  }

  /** A registration: whether it was submitted, and the form aimed for. */
  public record RegistrationLine(boolean submitted, @Nullable String awardForm) {}

  /** A report of the year. */
  public record ReportLine(
      String documentId,
      @Nullable String title,
      @Nullable Stage stage,
      @Nullable ReportStatus status) {}

  /**
   * The year's total of the submitted score sheets.
   *
   * @param criteria how many criteria were scored
   */
  public record ScoreLine(double total, int criteria) {}

  /** An initiative of the year; {@code slug} set when its public page exists. */
  public record InitiativeLine(
      String title, @Nullable String slug, @Nullable InitiativeStatus status) {}

  /** A published story about the unit. */
  public record StoryLine(String title, String slug) {}

  /** An award, proposed or decided. */
  public record AwardLine(
      @Nullable String form,
      @Nullable Stage stage,
      @Nullable AwardStatus status,
      @Nullable String decisionNumber,
      @Nullable LocalDate decisionDate) {}
}
