package vn.thidua.portal.initiatives;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.initiatives.InitiativeService.Case;
import vn.thidua.portal.initiatives.InitiativeService.Listed;
import vn.thidua.portal.initiatives.InitiativeWorkflow.Step;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeReview;
import vn.thidua.portal.strapi.model.InitiativeReview.Action;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;

/**
 * Staff review of the initiatives units register (reviewers and administrators): the list by
 * status, one initiative with its evidence and self-assessment, and the steps of {@link
 * InitiativeWorkflow}, each kept in the trail ({@link InitiativeReview}, never public).
 */
@Service
class InitiativeReviewService {

  private static final Logger log = LoggerFactory.getLogger(InitiativeReviewService.class);

  private static final String[] POPULATE = {
    "unit", "evidence", "criteria", "selfAssessments.criterion", "report"
  };

  private final StrapiClient strapi;
  private final CurrentUser currentUser;
  private final Clock clock;

  InitiativeReviewService(StrapiClient strapi, CurrentUser currentUser, Clock clock) {
    this.strapi = strapi;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  private PortalUser requireStaff() {
    return currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
  }

  /**
   * The initiatives of a status and year, newest year first, then by title.
   *
   * @param status all statuses when null
   * @param year all years when null
   */
  public List<Listed> list(@Nullable InitiativeStatus status, @Nullable Integer year) {
    requireStaff();
    StrapiQuery query = StrapiQuery.create().draft().populate("unit", "evidence");
    if (status != null) {
      query = query.eq("reviewStatus", status);
    }
    if (year != null) {
      query = query.eq("year", year);
    }
    query = query.sortDesc("year").sortAsc("title");
    Set<String> published = publishedIds();
    return all(query).stream().map(i -> new Listed(i, published.contains(i.documentId()))).toList();
  }

  /** One initiative with everything staff judge it by. */
  public Case open(String documentId) {
    requireStaff();
    return new Case(load(documentId), isPublished(documentId), readTrail(documentId));
  }

  /**
   * Takes one step: verify, recognise, return (comment required), publish or take down. The step is
   * checked against the initiative as Strapi holds it now, not as the view showed it.
   *
   * @throws InitiativeReviewException when the step is not allowed now
   */
  public Case decide(String documentId, Action action, @Nullable String comment) {
    PortalUser user = requireStaff();
    Initiative initiative = load(documentId);
    boolean published = isPublished(documentId);
    Step step =
        InitiativeWorkflow.decide(
            action,
            initiative.reviewStatus(),
            published,
            user.username(),
            comment,
            clock.instant());
    Map<String, Object> status = Map.of("reviewStatus", step.to().apiValue());
    switch (action) {
      // A published initiative is written and published again, so the public sees its status.
      case VERIFY, RECOGNISE ->
          strapi.update(
              ContentType.INITIATIVES,
              documentId,
              status,
              published ? Publication.PUBLISHED : Publication.DRAFT);
      case RETURN -> {
        if (published) {
          strapi.unpublish(ContentType.INITIATIVES, documentId);
        }
        strapi.update(ContentType.INITIATIVES, documentId, status, Publication.DRAFT);
      }
      case PUBLISH -> strapi.publish(ContentType.INITIATIVES, documentId);
      case UNPUBLISH -> strapi.unpublish(ContentType.INITIATIVES, documentId);
    }
    if (step.publishedBefore() || step.publishedAfter()) {
      strapi.evictPublicCache();
    }
    Map<String, Object> entry = new LinkedHashMap<>(step.trailEntry());
    entry.put("initiativeDocumentId", documentId);
    try {
      strapi.create(ContentType.INITIATIVE_REVIEWS, entry, Publication.PUBLISHED);
    } catch (StrapiException e) {
      // The step is done and cannot be undone here: say loudly that its trail entry is missing.
      log.error(
          "Initiative {}: {} by {} done, but its trail entry was not written: {}",
          documentId,
          action,
          user.username(),
          e.getMessage());
      throw e;
    }
    log.info("Initiative {}: {} by {}", documentId, action, user.username());
    return open(documentId);
  }

  /**
   * The trail of an initiative, oldest first: for staff, and for the unit that registered it (it
   * reads why it was returned).
   */
  public List<InitiativeReview> trail(String documentId) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN, PortalRole.UNIT);
    if (user.is(PortalRole.UNIT)) {
      Initiative initiative =
          strapi.findOne(
              ContentType.INITIATIVES, documentId, StrapiQuery.create().draft().populate("unit"));
      String unit = user.unitDocumentId();
      if (unit == null
          || initiative.unit() == null
          || !unit.equals(initiative.unit().documentId())) {
        throw new AccessDeniedException("Not this unit's initiative");
      }
    }
    return readTrail(documentId);
  }

  /** Streams one of the initiative's evidence files (drafts' files are not on the public site). */
  public long downloadEvidence(String documentId, long mediaId, OutputStream out) {
    requireStaff();
    StrapiMedia media =
        load(documentId).evidence().stream()
            .filter(m -> m.id() == mediaId)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("Not evidence of this initiative"));
    return strapi.download(media.url(), out);
  }

  private Initiative load(String documentId) {
    return strapi.findOne(
        ContentType.INITIATIVES, documentId, StrapiQuery.create().draft().populate(POPULATE));
  }

  private List<InitiativeReview> readTrail(String documentId) {
    return strapi
        .find(
            ContentType.INITIATIVE_REVIEWS,
            StrapiQuery.create()
                .eq("initiativeDocumentId", documentId)
                .sortAsc("at")
                .sortAsc("id")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** Whether the initiative has a published version (a read without status reads published). */
  private boolean isPublished(String documentId) {
    return !strapi
        .find(
            ContentType.INITIATIVES,
            StrapiQuery.create().eq("documentId", documentId).fields("title").page(1, 1))
        .data()
        .isEmpty();
  }

  private Set<String> publishedIds() {
    Set<String> ids = new HashSet<>();
    all(StrapiQuery.create().fields("title")).forEach(i -> ids.add(i.documentId()));
    return ids;
  }

  private List<Initiative> all(StrapiQuery query) {
    List<Initiative> found = new ArrayList<>();
    int page = 1;
    while (true) {
      StrapiPage<Initiative> result =
          strapi.find(ContentType.INITIATIVES, query.page(page, StrapiQuery.MAX_PAGE_SIZE));
      found.addAll(result.data());
      if (page >= result.pagination().pageCount()) {
        return found;
      }
      page++;
    }
  }
}
