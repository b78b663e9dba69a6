package vn.thidua.portal.workspace;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.UploadOutcome;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.Unit;

/**
 * A unit registers its initiatives: the initiative itself (a draft until staff publish it), its
 * evidence files (streamed and checked like report files), the criteria it meets and a
 * self-assessment per criterion pointing at the evidence file and page. A unit touches only its own
 * unit's initiatives.
 */
@Service
public class InitiativeRegistration {

  private static final String[] POPULATE = {
    "unit", "evidence", "criteria", "selfAssessments.criterion"
  };

  private final StrapiClient strapi;
  private final ReportService reports;
  private final CurrentUser currentUser;
  private final Clock clock;

  InitiativeRegistration(
      StrapiClient strapi, ReportService reports, CurrentUser currentUser, Clock clock) {
    this.strapi = strapi;
    this.reports = reports;
    this.currentUser = currentUser;
    this.clock = clock;
  }

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

  private String myUnit() {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    String unit = user.unitDocumentId();
    if (unit == null) {
      throw new AccessDeniedException("A unit account without a unit");
    }
    return unit;
  }

  /** The unit's initiatives, the latest versions (drafts included). */
  public List<Initiative> mine() {
    String unit = myUnit();
    return strapi
        .find(
            ContentType.INITIATIVES,
            StrapiQuery.create()
                .draft()
                .eq("unit.documentId", unit)
                .populate(POPULATE)
                .sortDesc("year")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** The criteria of the plan for the unit's kind (all, when its kind is not known). */
  public List<Criterion> criteria() {
    String unitId = myUnit();
    Unit unit = strapi.findOne(ContentType.UNITS, unitId, StrapiQuery.create());
    StrapiQuery query = StrapiQuery.create().sortAsc("code").page(1, StrapiQuery.MAX_PAGE_SIZE);
    if (unit.kind() != null) {
      query = query.eq("unitKind", unit.kind());
    }
    return strapi.find(ContentType.CRITERIA, query).data();
  }

  public Initiative register(NewInitiative n) {
    String unit = myUnit();
    if (n.title().isBlank()) {
      throw new IllegalArgumentException("An initiative has a title");
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", n.title().strip());
    data.put("unit", unit);
    data.put("field", n.field().apiValue());
    data.put("year", n.year());
    data.put("summary", n.summary());
    data.put("detail", n.detail());
    data.put("criteria", n.criterionDocumentIds());
    data.put("reviewStatus", InitiativeStatus.REGISTERED.apiValue());
    Initiative created = strapi.create(ContentType.INITIATIVES, data, Publication.DRAFT);
    return load(created.documentId());
  }

  /** Replaces the self-assessment (Strapi takes a repeatable component whole). */
  public Initiative assess(String initiativeDocumentId, List<Assessment> assessments) {
    Initiative initiative = own(initiativeDocumentId);
    List<Map<String, Object>> items =
        assessments.stream()
            .map(
                a -> {
                  Map<String, Object> item = new LinkedHashMap<>();
                  item.put("criterion", a.criterionDocumentId());
                  item.put("score", a.score());
                  item.put("note", a.note());
                  item.put("evidenceFileName", a.evidenceFileName());
                  item.put("evidencePage", a.evidencePage());
                  return item;
                })
            .toList();
    strapi.update(
        ContentType.INITIATIVES,
        initiative.documentId(),
        Map.of("selfAssessments", items),
        Publication.DRAFT);
    return load(initiativeDocumentId);
  }

  /** An evidence file for one of the unit's initiatives, streamed and checked like reports. */
  public UploadOutcome receiveEvidence(
      String initiativeDocumentId, String fileName, long declaredSize, InputStream content) {
    Initiative initiative = own(initiativeDocumentId);
    return reports.stream(
        fileName,
        declaredSize,
        content,
        n -> {},
        () ->
            new ReportService.Destination(
                ContentType.INITIATIVES, initiative.documentId(), "evidence", Publication.DRAFT));
  }

  /** The unit's own initiative, or a refusal. */
  public Initiative own(String initiativeDocumentId) {
    String unit = myUnit();
    Initiative initiative = load(initiativeDocumentId);
    if (initiative.unit() == null || !unit.equals(initiative.unit().documentId())) {
      throw new AccessDeniedException("Not this unit's initiative");
    }
    return initiative;
  }

  private Initiative load(String documentId) {
    return strapi.findOne(
        ContentType.INITIATIVES, documentId, StrapiQuery.create().draft().populate(POPULATE));
  }

  public int currentYear() {
    return LocalDate.now(clock).getYear();
  }
}
