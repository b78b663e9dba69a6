package vn.thidua.portal.initiatives;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.thidua.portal.facts.FactDecision;
import vn.thidua.portal.facts.FactKeys;
import vn.thidua.portal.facts.FactsException;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.facts.ReportSuggestions;
import vn.thidua.portal.indexer.FileFacts;
import vn.thidua.portal.initiatives.InitiativeService.Assessment;
import vn.thidua.portal.initiatives.InitiativeService.FoundInitiative;
import vn.thidua.portal.initiatives.InitiativeService.NewInitiative;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Criterion;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.InitiativeStatus;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.uploads.UploadOutcome;
import vn.thidua.portal.uploads.UploadService;

/**
 * A unit registers its initiatives: the initiative itself (a draft until staff publish it), its
 * evidence files (streamed and checked like report files), the criteria it meets and a
 * self-assessment per criterion pointing at the evidence file and page. The form is pre-filled from
 * the initiatives found in the unit's own reports. A unit touches only its own unit's initiatives.
 */
@Service
class InitiativeRegistration {

  private static final String[] POPULATE = {
    "unit", "evidence", "criteria", "selfAssessments.criterion"
  };

  private static final Logger log = LoggerFactory.getLogger(InitiativeRegistration.class);

  private final StrapiClient strapi;
  private final ReportService reports;
  private final UploadService uploads;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final FactsService facts;

  InitiativeRegistration(
      StrapiClient strapi,
      ReportService reports,
      UploadService uploads,
      CurrentUser currentUser,
      Clock clock,
      FactsService facts) {
    this.strapi = strapi;
    this.reports = reports;
    this.uploads = uploads;
    this.currentUser = currentUser;
    this.clock = clock;
    this.facts = facts;
  }

  /**
   * The initiatives the indexer found in the unit's own reports (newest report first) that the unit
   * has not registered yet (titles compared folded) and the reviewer did not reject: the unit
   * confirms or edits one instead of typing it again. Empty when the reports cannot be read now —
   * typing by hand still works.
   */
  public List<FoundInitiative> foundInReports() {
    myUnit();
    Set<String> registered = new HashSet<>();
    mine().forEach(i -> registered.add(FactKeys.normalise(i.title())));
    List<FoundInitiative> found = new ArrayList<>();
    try {
      List<Report> mine = new ArrayList<>(reports.myReports());
      mine.sort(Comparator.comparing((Report r) -> r.year() == null ? 0 : r.year()).reversed());
      for (Report report : mine) {
        if (report.year() == null) {
          continue;
        }
        ReportSuggestions read = facts.suggestions(report.documentId());
        for (ReportSuggestions.FileSuggestions file : read.files()) {
          if (file.facts() == null) {
            continue;
          }
          for (FileFacts.Initiative i : file.facts().initiatives()) {
            boolean rejected =
                read.decision(read.keyOf(file, i))
                    .map(d -> d.decision() == FactDecision.REJECTED)
                    .orElse(false);
            if (rejected || !registered.add(FactKeys.normalise(i.title()))) {
              continue;
            }
            found.add(
                new FoundInitiative(
                    i.title().strip(),
                    fieldOf(i.field()),
                    i.detail(),
                    report.year(),
                    file.file().name(),
                    i.page()));
          }
        }
      }
    } catch (StrapiException | FactsException e) {
      log.warn("Initiatives from the unit's reports not read: {}", e.getMessage());
    }
    return found;
  }

  private static @Nullable InitiativeField fieldOf(@Nullable String apiValue) {
    for (InitiativeField f : InitiativeField.values()) {
      if (f.apiValue().equals(apiValue)) {
        return f;
      }
    }
    return null;
  }

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
    requireCriteria(n.criterionDocumentIds());
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

  /** An initiative meets at least one criterion of the plan; it is assessed against them. */
  private static void requireCriteria(List<String> criterionDocumentIds) {
    if (criterionDocumentIds.isEmpty()) {
      throw new InitiativeRuleException("workspace.initiatives.criteria-required");
    }
  }

  /**
   * The unit's initiative while it may still change it: until staff verify it, the unit corrects
   * its criteria, evidence and self-assessment; after that they are what was verified.
   */
  private Initiative editable(String initiativeDocumentId) {
    Initiative initiative = own(initiativeDocumentId);
    if (!isEditable(initiative)) {
      throw new InitiativeRuleException("workspace.initiatives.locked");
    }
    return initiative;
  }

  /** Whether the unit may still change the initiative's criteria, evidence and assessment. */
  public static boolean isEditable(Initiative initiative) {
    return initiative.reviewStatus() == null
        || initiative.reviewStatus() == InitiativeStatus.REGISTERED;
  }

  /** Replaces the criteria the initiative meets (at least one), while it is not verified. */
  public Initiative changeCriteria(String initiativeDocumentId, List<String> criterionDocumentIds) {
    Initiative initiative = editable(initiativeDocumentId);
    requireCriteria(criterionDocumentIds);
    strapi.update(
        ContentType.INITIATIVES,
        initiative.documentId(),
        Map.of("criteria", criterionDocumentIds),
        Publication.DRAFT);
    return load(initiativeDocumentId);
  }

  /** Takes an evidence file off the initiative, while it is not verified. */
  public Initiative removeEvidence(String initiativeDocumentId, long mediaId) {
    Initiative initiative = editable(initiativeDocumentId);
    if (initiative.evidence().stream().noneMatch(m -> m.id() == mediaId)) {
      throw new AccessDeniedException("Not a file of this initiative");
    }
    List<Long> remaining =
        initiative.evidence().stream().map(m -> m.id()).filter(id -> id != mediaId).toList();
    strapi.update(
        ContentType.INITIATIVES,
        initiative.documentId(),
        Map.of("evidence", remaining),
        Publication.DRAFT);
    return load(initiativeDocumentId);
  }

  /**
   * Replaces the self-assessment (Strapi takes a repeatable component whole), while the initiative
   * is not verified; every score within its criterion's scale.
   */
  public Initiative assess(String initiativeDocumentId, List<Assessment> assessments) {
    Initiative initiative = editable(initiativeDocumentId);
    for (Assessment a : assessments) {
      Criterion criterion =
          initiative.criteria().stream()
              .filter(c -> c.documentId().equals(a.criterionDocumentId()))
              .findFirst()
              .orElseThrow(
                  () -> new InitiativeRuleException("workspace.initiatives.criterion-unknown"));
      SelfAssessmentScale scale = SelfAssessmentScale.of(criterion);
      if (!scale.allows(a.score())) {
        throw new InitiativeRuleException(
            "workspace.initiatives.score-out-of-scale",
            SelfAssessmentScale.format(scale.min()),
            SelfAssessmentScale.format(scale.max()));
      }
    }
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
    Initiative initiative = editable(initiativeDocumentId);
    return uploads.receive(
        fileName,
        declaredSize,
        content,
        n -> {},
        () ->
            new UploadService.Destination(
                ContentType.INITIATIVES, initiative.documentId(), "evidence", Publication.DRAFT));
  }

  /** Streams one of the unit's own initiative's evidence files into {@code out}. */
  public long downloadEvidence(String initiativeDocumentId, long mediaId, OutputStream out) {
    Initiative initiative = own(initiativeDocumentId);
    String url =
        initiative.evidence().stream()
            .filter(m -> m.id() == mediaId)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("Not a file of this initiative"))
            .url();
    return strapi.download(url, out);
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
