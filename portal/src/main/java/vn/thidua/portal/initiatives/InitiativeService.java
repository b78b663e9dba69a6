package vn.thidua.portal.initiatives;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.awards.AwardService;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.stories.StoryService;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Award;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.InitiativeReview;
import vn.thidua.portal.strapi.model.InitiativeReview.Action;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.UnitKind;
import vn.thidua.portal.uploads.UploadOutcome;

/**
 * The initiatives module's one door: the public catalogue (published initiatives), the unit's
 * registration of its own initiatives ({@link InitiativeRegistration}) and the staff review of them
 * ({@link InitiativeReviewService}). The views of {@code initiatives.ui} use only this service; the
 * two desks behind it stay package-private, and each checks its caller's role itself.
 */
@Service
public class InitiativeService {

  /** Initiatives per page of the catalogue. */
  public static final int PAGE_SIZE = 12;

  private final StrapiClient strapi;
  private final InitiativeRegistration registration;
  private final InitiativeReviewService reviews;
  private final ReportService reports;
  private final AwardService awards;
  private final StoryService stories;

  InitiativeService(
      StrapiClient strapi,
      InitiativeRegistration registration,
      InitiativeReviewService reviews,
      ReportService reports,
      AwardService awards,
      StoryService stories) {
    this.strapi = strapi;
    this.registration = registration;
    this.reviews = reviews;
    this.reports = reports;
    this.awards = awards;
    this.stories = stories;
  }

  /** What the catalogue is filtered by; a null filter is not applied. */
  public record Filter(
      @Nullable InitiativeField field, @Nullable UnitKind unitKind, @Nullable Integer year) {

    public static Filter none() {
      return new Filter(null, null, null);
    }
  }

  /** One page of the catalogue, newest year first. */
  public Cached<StrapiPage<Initiative>> page(Filter filter, int page) {
    StrapiQuery query =
        StrapiQuery.create()
            .fields("title", "slug", "field", "year", "summary", "reviewStatus")
            .populate("unit")
            .sortDesc("year")
            .sortAsc("title")
            .page(page, PAGE_SIZE);
    if (filter.field() != null) {
      query = query.eq("field", filter.field().apiValue());
    }
    if (filter.unitKind() != null) {
      query = query.eq("unit.kind", filter.unitKind().apiValue());
    }
    if (filter.year() != null) {
      query = query.eq("year", filter.year());
    }
    return strapi.findPublic(ContentType.INITIATIVES, query);
  }

  /** The years initiatives were registered in, newest first. */
  public Cached<List<Integer>> years() {
    return strapi
        .findPublic(
            ContentType.INITIATIVES,
            StrapiQuery.create().fields("year").sortDesc("year").page(1, StrapiQuery.MAX_PAGE_SIZE))
        .map(
            page ->
                page.data().stream()
                    .map(Initiative::year)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList());
  }

  /** The accepted report an initiative's evidence comes from, and its files. */
  public record ReportEvidence(
      String reportDocumentId, @Nullable String number, List<StrapiMedia> files) {}

  /**
   * The accepted report an initiative's evidence comes from (issue 17), with its files: public
   * evidence, as the search already shows them to anyone, and served by the portal under that same
   * rule ({@code /tep/bao-cao/…} answers only for an accepted report). Empty when the initiative
   * cites no report or the report is not accepted. Reports are never public in Strapi, so this
   * reads with the portal's token, and asks only for the status, number and files.
   */
  public Optional<ReportEvidence> acceptedReportEvidence(Initiative initiative) {
    try {
      Initiative withReport =
          strapi.findOne(
              ContentType.INITIATIVES,
              initiative.documentId(),
              StrapiQuery.create().fields("title").populate("report.files"));
      Report report = withReport.report();
      if (report == null || report.status() != ReportStatus.ACCEPTED) {
        return Optional.empty();
      }
      return Optional.of(new ReportEvidence(report.documentId(), report.number(), report.files()));
    } catch (StrapiException e) {
      // The page still shows the initiative's own evidence.
      return Optional.empty();
    }
  }

  /** The awards that cite the initiative as their evidence, for its public page. */
  public Cached<List<Award>> awardsCiting(String initiativeDocumentId) {
    return awards.citing(initiativeDocumentId);
  }

  /** The published stories written from the initiative, in {@code language}. */
  public List<Story> storiesCiting(String initiativeDocumentId, Locale language) {
    return stories.citing(initiativeDocumentId, language);
  }

  /** One initiative with its unit, criteria and public evidence. */
  public Cached<Optional<Initiative>> bySlug(String slug) {
    return strapi.findBySlugPublic(
        ContentType.INITIATIVES,
        slug,
        StrapiQuery.create().populate("unit", "evidence", "criteria"));
  }

  // --- the unit's own initiatives (registration) ---

  /**
   * An initiative the unit's report lists, to pre-fill its registration with.
   *
   * @param field null when the report does not name one
   * @param year the year of the report it was found in
   */
  public record FoundInitiative(
      String title,
      @Nullable InitiativeField field,
      @Nullable String detail,
      int year,
      String fileName,
      @Nullable Integer page) {}

  /** What the unit fills in. */
  public record NewInitiative(
      String title,
      InitiativeField field,
      int year,
      String summary,
      String detail,
      List<String> criterionDocumentIds) {}

  /** One line of the self-assessment. */
  public record Assessment(
      String criterionDocumentId,
      @Nullable Double score,
      @Nullable String note,
      @Nullable String evidenceFileName,
      @Nullable Integer evidencePage) {}

  /** An initiative in the list: its latest (draft) version and whether the public sees it. */
  public record Listed(Initiative initiative, boolean published) {}

  /** One initiative under review: the latest version, public or not, and its trail. */
  public record Case(Initiative initiative, boolean published, List<InitiativeReview> trail) {

    public InitiativeStatus status() {
      return initiative.reviewStatus() == null
          ? InitiativeStatus.REGISTERED
          : initiative.reviewStatus();
    }

    /** Whether the step may be taken now (the view offers only these). */
    public boolean allows(Action action) {
      return InitiativeWorkflow.allowed(action, status(), published);
    }
  }

  /**
   * The initiatives the indexer found in the unit's own reports that it has not registered yet, to
   * pre-fill the form with.
   */
  public List<FoundInitiative> foundInReports() {
    return registration.foundInReports();
  }

  /** The unit's initiatives, the latest versions (drafts included). */
  public List<Initiative> mine() {
    return registration.mine();
  }

  /** The criteria of the plan for the unit's kind. */
  public List<Criterion> criteria() {
    return registration.criteria();
  }

  public Initiative register(NewInitiative initiative) {
    return registration.register(initiative);
  }

  /** Whether the unit may still change the initiative (not yet verified by staff). */
  public static boolean isEditable(Initiative initiative) {
    return InitiativeRegistration.isEditable(initiative);
  }

  public Initiative changeCriteria(String initiativeDocumentId, List<String> criterionDocumentIds) {
    return registration.changeCriteria(initiativeDocumentId, criterionDocumentIds);
  }

  public Initiative removeEvidence(String initiativeDocumentId, long mediaId) {
    return registration.removeEvidence(initiativeDocumentId, mediaId);
  }

  public Initiative assess(String initiativeDocumentId, List<Assessment> assessments) {
    return registration.assess(initiativeDocumentId, assessments);
  }

  /** An evidence file for one of the unit's own initiatives, streamed and checked like reports. */
  public UploadOutcome receiveEvidence(
      String initiativeDocumentId, String fileName, long declaredSize, InputStream content) {
    return registration.receiveEvidence(initiativeDocumentId, fileName, declaredSize, content);
  }

  /** Streams one of the unit's own initiative's evidence files into {@code out}. */
  public long downloadOwnEvidence(String initiativeDocumentId, long mediaId, OutputStream out) {
    return registration.downloadEvidence(initiativeDocumentId, mediaId, out);
  }

  /** The unit's own initiative, or a refusal. */
  public Initiative own(String initiativeDocumentId) {
    return registration.own(initiativeDocumentId);
  }

  public int currentYear() {
    return registration.currentYear();
  }

  /** The review trail of an initiative: the unit reads it on its own initiatives. */
  public List<InitiativeReview> trail(String initiativeDocumentId) {
    return reviews.trail(initiativeDocumentId);
  }

  // --- the staff review ---

  /** The initiatives under review, by status and year (null: all). */
  public List<Listed> underReview(@Nullable InitiativeStatus status, @Nullable Integer year) {
    return reviews.list(status, year);
  }

  public Case open(String documentId) {
    return reviews.open(documentId);
  }

  public Case decide(String documentId, Action action, @Nullable String comment) {
    return reviews.decide(documentId, action, comment);
  }

  /** Streams an evidence file of an initiative under review into {@code out} (staff). */
  public long downloadEvidenceUnderReview(String documentId, long mediaId, OutputStream out) {
    return reviews.downloadEvidence(documentId, mediaId, out);
  }

  /** The years the active plan runs, for the reviewer's year picker. */
  public CampaignYears campaignYears() {
    return reports.campaignYears();
  }
}
