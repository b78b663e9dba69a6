package vn.thidua.portal.strapi.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The plan (kế hoạch) that launches the movement, with its structure as components. */
public record Campaign(
    long id,
    String documentId,
    @Nullable String number,
    @Nullable LocalDate issuedDate,
    @Nullable String place,
    @Nullable String issuer,
    @Nullable String signer,
    String title,
    String slug,
    @Nullable RichText basis,
    @Nullable RichText purpose,
    @Nullable RichText requirements,
    List<ContentArea> contentAreas,
    List<CriteriaGroup> criteriaGroups,
    List<AwardForm> awardForms,
    @Nullable RichText awardStandards,
    @Nullable RichText solutions,
    List<Phase> phases,
    @Nullable Integer reportDeadlineDay,
    @Nullable Integer reportDeadlineMonth,
    @Nullable String reportRecipient,
    List<Responsibility> responsibilities,
    List<StrapiMedia> attachments,
    boolean featured,
    @Nullable Instant publishedAt,
    @Nullable String issuedDateText,
    @Nullable String signerTitle,
    @Nullable RichText introduction,
    @Nullable RichText contentIntro,
    @Nullable RichText timelineIntro,
    @Nullable RichText reportingNote) {

  public Campaign {
    contentAreas = Lists.orEmpty(contentAreas);
    criteriaGroups = Lists.orEmpty(criteriaGroups);
    awardForms = Lists.orEmpty(awardForms);
    phases = Lists.orEmpty(phases);
    responsibilities = Lists.orEmpty(responsibilities);
    attachments = Lists.orEmpty(attachments);
  }

  /** One of the content areas of the movement (plan, II). */
  public record ContentArea(@Nullable Integer order, String title, @Nullable RichText body) {}

  /** The criteria for one kind of unit (plan, III.1.x). */
  public record CriteriaGroup(
      @Nullable String code, @Nullable UnitKind unitKind, String heading, List<Item> items) {
    public CriteriaGroup {
      items = Lists.orEmpty(items);
    }

    /** One criterion as the plan words it. */
    public record Item(
        @Nullable String letter,
        @Nullable CriterionArea area,
        @Nullable OwningOffice owningOffice,
        @Nullable String title,
        @Nullable RichText text,
        @Nullable String code) {}
  }

  /** A form of award for a stage (plan, III.2). */
  public record AwardForm(
      @Nullable Stage stage,
      String name,
      @Nullable Integer order,
      @Nullable RichText description) {}

  /** A phase of the movement and the review that closes it (plan, V). */
  public record Phase(
      String name,
      @Nullable Integer startYear,
      @Nullable Integer endYear,
      @Nullable Stage reviewKind,
      @Nullable Integer reviewYear,
      @Nullable RichText description) {}

  /** What one party must do (plan, VI). */
  public record Responsibility(String party, @Nullable RichText duties, @Nullable Integer order) {}
}
