package vn.thidua.portal.facts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.campaign.CampaignYears;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.indexer.FileFacts;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.registration.RegisteredTargets;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Initiative;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;

/**
 * The facts of reports as people confirm them. Who may do what is checked here, whatever a view
 * shows: the unit sees the suggestions of its own reports only; reviewers, the council and
 * administrators those of every report; only reviewers and administrators decide. A decision is
 * checked against what the indexer read from the file (a client cannot make up a figure), and kept
 * once per fact: deciding again — a double click, a second tab — updates the same entry, and a
 * confirmed initiative becomes one initiative of the unit, never two.
 */
@Service
public class FactsService {

  static final ContentType<ReportFact> REPORT_FACTS =
      new ContentType<>("report-facts", "api::report-fact.report-fact", ReportFact.class);

  private static final Logger log = LoggerFactory.getLogger(FactsService.class);
  private static final Duration PUBLIC_FRESH_FOR = Duration.ofSeconds(30);

  private static final String[] FACT_POPULATE = {"report", "unit", "initiative"};

  private final ReportService reports;
  private final StrapiClient strapi;
  private final IndexerClient indexer;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final RegisteredTargets registeredTargets;
  private final PlanService plans;

  /**
   * The public figures, kept briefly: the progress page is open to anyone, and each reading pages
   * through every fact in Strapi. Served, marked stale, while Strapi is down.
   */
  private volatile @Nullable Cached<RollUp> publicRollUp;

  /** One lock per fact (and per unit's initiative title) in this portal. */
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  FactsService(
      ReportService reports,
      StrapiClient strapi,
      IndexerClient indexer,
      CurrentUser currentUser,
      Clock clock,
      RegisteredTargets registeredTargets,
      PlanService plans) {
    this.reports = reports;
    this.strapi = strapi;
    this.indexer = indexer;
    this.currentUser = currentUser;
    this.clock = clock;
    this.registeredTargets = registeredTargets;
    this.plans = plans;
  }

  /** True when the signed-in user may confirm, correct or reject facts. */
  public boolean mayDecide() {
    return currentUser.hasRole(PortalRole.REVIEWER) || currentUser.hasRole(PortalRole.ADMIN);
  }

  /** The facts read from each file of the report, with the decisions taken on them. */
  public ReportSuggestions suggestions(String reportDocumentId) {
    currentUser.require(PortalRole.UNIT, PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    // The unit's own report only (the report service's rule); editors never get here.
    Report report = reports.report(reportDocumentId);
    List<ReportSuggestions.FileSuggestions> files = new ArrayList<>();
    for (StrapiMedia media : report.files()) {
      switch (indexer.facts(Long.toString(media.id()), currentUser.indexerCaller())) {
        case IndexerResult.Available<Optional<FileFacts>>(Optional<FileFacts> facts) ->
            files.add(new ReportSuggestions.FileSuggestions(media, facts.orElse(null), false));
        case IndexerResult.Unavailable<Optional<FileFacts>> u ->
            files.add(new ReportSuggestions.FileSuggestions(media, null, true));
      }
    }
    Map<String, ReportFact> decisions = new LinkedHashMap<>();
    for (ReportFact fact : all(StrapiQuery.create().eq("report.documentId", reportDocumentId))) {
      decisions.put(fact.factKey(), fact);
    }
    return new ReportSuggestions(report, files, decisions);
  }

  /**
   * Confirms (as read), corrects (with {@code value}) or rejects one row of a file's indicator
   * table.
   */
  public ReportFact decideIndicator(
      String reportDocumentId,
      long fileId,
      String name,
      @Nullable Integer page,
      FactDecision decision,
      @Nullable BigDecimal value) {
    Source source = source(reportDocumentId, fileId);
    FileFacts.Indicator read =
        find(
            source.facts().indicators(),
            i -> i.name().equals(name) && Objects.equals(i.page(), page));
    BigDecimal counted =
        switch (decision) {
          case CONFIRMED -> read.value();
          case CORRECTED -> value;
          case REJECTED -> null;
        };
    if (decision.counts() && counted == null) {
      throw new FactsException("facts.error.value-required", "No value to confirm for " + name);
    }
    FactDecision taken =
        decision == FactDecision.CONFIRMED
                || (decision == FactDecision.CORRECTED
                    && read.value() != null
                    && read.value().compareTo(Objects.requireNonNull(counted)) == 0
                    && !read.uncertain())
            ? FactDecision.CONFIRMED
            : decision;
    Map<String, @Nullable Object> data = base(source, FactKind.INDICATOR, read.name(), page, taken);
    data.put("normalizedName", FactKeys.normalise(read.name()));
    data.put("measure", read.unit());
    data.put("value", counted);
    data.put("readValue", read.value());
    data.put("readUncertain", read.uncertain());
    return save(data);
  }

  /**
   * Confirms, corrects (title, field) or rejects an initiative the report lists. A confirmed one
   * becomes a draft initiative of the unit linked to the report, or is linked to the unit's
   * initiative of the same title when there is one already.
   */
  public ReportFact decideInitiative(
      String reportDocumentId,
      long fileId,
      String title,
      @Nullable Integer page,
      FactDecision decision,
      @Nullable String correctedTitle,
      @Nullable InitiativeField field) {
    Source source = source(reportDocumentId, fileId);
    FileFacts.Initiative read =
        find(
            source.facts().initiatives(),
            i -> i.title().equals(title) && Objects.equals(i.page(), page));
    String taken =
        correctedTitle == null || correctedTitle.isBlank() ? read.title() : correctedTitle.strip();
    InitiativeField chosen = field != null ? field : fieldOf(read.field());
    FactDecision kept = decision;
    if (decision.counts()) {
      if (chosen == null) {
        throw new FactsException("facts.error.field-required", "No field for " + taken);
      }
      boolean same = taken.equals(read.title()) && Objects.equals(chosen, fieldOf(read.field()));
      kept = same ? FactDecision.CONFIRMED : FactDecision.CORRECTED;
    }
    Map<String, @Nullable Object> data =
        base(source, FactKind.INITIATIVE, read.title(), page, kept);
    data.put("field", chosen == null ? null : chosen.apiValue());
    data.put("excerpt", read.detail());
    if (kept.counts()) {
      data.put("initiative", initiativeFor(source, taken, chosen, read.detail()));
    }
    return save(data);
  }

  /** Confirms or rejects a criterion the indexer suggested from a passage of the file. */
  public ReportFact decideCriterion(
      String reportDocumentId,
      long fileId,
      String code,
      @Nullable Integer page,
      FactDecision decision) {
    Source source = source(reportDocumentId, fileId);
    FileFacts.Criterion read =
        find(
            source.facts().criteria(),
            c -> c.code().equals(code) && Objects.equals(c.page(), page));
    FactDecision kept = decision.counts() ? FactDecision.CONFIRMED : FactDecision.REJECTED;
    Map<String, @Nullable Object> data = base(source, FactKind.CRITERION, read.code(), page, kept);
    data.put("excerpt", read.excerpt());
    data.put("score", read.score());
    return save(data);
  }

  /**
   * The five-year roll-up of confirmed indicators, for staff: every report's, whatever its status,
   * with the targets units registered beside them.
   */
  public RollUp rollUp() {
    currentUser.require(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    return rollUp(indicators(StrapiQuery.create()));
  }

  /**
   * The roll-up anyone may read: only the confirmed figures of accepted reports (a report still
   * under review, or returned, may change), with the registered targets.
   */
  public Cached<RollUp> publicRollUp() {
    Instant now = clock.instant();
    Cached<RollUp> last = publicRollUp;
    if (last != null && now.isBefore(last.fetchedAt().plus(PUBLIC_FRESH_FOR))) {
      return last;
    }
    try {
      RollUp fresh =
          rollUp(
              indicators(
                  StrapiQuery.create().eq("report.status", ReportStatus.ACCEPTED.apiValue())));
      Cached<RollUp> cached = new Cached<>(fresh, false, now);
      publicRollUp = cached;
      return cached;
    } catch (StrapiException e) {
      if (last != null) {
        log.warn("Public figures from {}: {}", last.fetchedAt(), e.getMessage());
        return new Cached<>(last.value(), true, last.fetchedAt());
      }
      throw e;
    }
  }

  private List<ReportFact> indicators(StrapiQuery query) {
    return all(
        query
            .eq("kind", FactKind.INDICATOR.apiValue())
            .filter("decision", "$ne", FactDecision.REJECTED.apiValue()));
  }

  private RollUp rollUp(List<ReportFact> indicators) {
    CampaignYears years = plans.years();
    List<RollUp.Target> targets =
        registeredTargets.of(years.first(), years.last()).stream()
            .map(
                t ->
                    RollUp.Target.of(
                        t.unitDocumentId(),
                        t.unitName(),
                        t.unitKind(),
                        t.year(),
                        t.criterionCode(),
                        t.indicator(),
                        t.measure(),
                        t.text()))
            .toList();
    return RollUp.of(indicators, targets, years.first(), years.last());
  }

  // --- inside ---

  /** The report, its file and what the indexer read from it, for a decision. */
  private record Source(PortalUser user, Report report, StrapiMedia file, FileFacts facts) {}

  private Source source(String reportDocumentId, long fileId) {
    PortalUser user = currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    Report report = reports.report(reportDocumentId);
    StrapiMedia file =
        report.files().stream()
            .filter(f -> f.id() == fileId)
            .findFirst()
            .orElseThrow(() -> new AccessDeniedException("Not a file of this report"));
    FileFacts facts =
        switch (indexer.facts(Long.toString(fileId), currentUser.indexerCaller())) {
          case IndexerResult.Available<Optional<FileFacts>>(Optional<FileFacts> found) ->
              found.orElseThrow(
                  () -> new FactsException("facts.error.not-read", "No facts for " + fileId));
          case IndexerResult.Unavailable<Optional<FileFacts>> u ->
              throw new FactsException("facts.unavailable", u.reason());
        };
    return new Source(user, report, file, facts);
  }

  private static <T> T find(List<T> items, Predicate<T> match) {
    return items.stream()
        .filter(match)
        .findFirst()
        .orElseThrow(
            () -> new FactsException("facts.error.not-read", "Not read from this file (any more)"));
  }

  private Map<String, @Nullable Object> base(
      Source source, FactKind kind, String name, @Nullable Integer page, FactDecision decision) {
    Report report = source.report();
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put(
        "factKey",
        FactKeys.of(report.documentId(), Long.toString(source.file().id()), kind, name, page));
    data.put("report", report.documentId());
    data.put("unit", report.unit() == null ? null : report.unit().documentId());
    data.put(
        "unitKind",
        report.unit() == null || report.unit().kind() == null
            ? null
            : report.unit().kind().apiValue());
    data.put("year", report.year());
    data.put("kind", kind.apiValue());
    data.put("decision", decision.apiValue());
    data.put("name", name);
    data.put("fileId", Long.toString(source.file().id()));
    data.put("fileName", source.file().name());
    data.put("page", page);
    data.put("decidedBy", source.user().username());
    data.put("decidedAt", clock.instant().toString());
    return data;
  }

  /** Creates the fact, or updates it when it was decided before: one entry per fact. */
  private ReportFact save(Map<String, @Nullable Object> data) {
    String key = (String) Objects.requireNonNull(data.get("factKey"));
    synchronized (locks.computeIfAbsent(key, k -> new Object())) {
      Optional<ReportFact> existing = byKey(key);
      // Strapi's write answers without relations: read it back whole for the view.
      String documentId =
          existing.isPresent()
              ? strapi
                  .update(REPORT_FACTS, existing.get().documentId(), data, Publication.PUBLISHED)
                  .documentId()
              : strapi.create(REPORT_FACTS, data, Publication.PUBLISHED).documentId();
      return strapi.findOne(
          REPORT_FACTS, documentId, StrapiQuery.create().populate(FACT_POPULATE).draft());
    }
  }

  private Optional<ReportFact> byKey(String key) {
    return strapi
        .find(REPORT_FACTS, StrapiQuery.create().eq("factKey", key).page(1, 1))
        .data()
        .stream()
        .findFirst();
  }

  /**
   * The unit's initiative for a confirmed one: the one of the same title (drafts included, case and
   * spacing aside) when it exists, else a new draft linked to the report.
   */
  private String initiativeFor(
      Source source, String title, InitiativeField field, @Nullable String detail) {
    Report report = source.report();
    String unit = report.unit() == null ? null : report.unit().documentId();
    if (unit == null) {
      throw new FactsException("facts.error.no-unit", "Report without a unit");
    }
    String folded = FactKeys.normalise(title);
    synchronized (locks.computeIfAbsent("initiative|" + unit + "|" + folded, k -> new Object())) {
      StrapiPage<Initiative> found =
          strapi.find(
              ContentType.INITIATIVES,
              StrapiQuery.create()
                  .eq("unit.documentId", unit)
                  .fields("title")
                  .draft()
                  .page(1, StrapiQuery.MAX_PAGE_SIZE));
      Optional<Initiative> same =
          found.data().stream()
              .filter(i -> FactKeys.normalise(i.title()).equals(folded))
              .findFirst();
      if (same.isPresent()) {
        return same.get().documentId();
      }
      Map<String, @Nullable Object> data = new LinkedHashMap<>();
      data.put("title", title);
      data.put("unit", unit);
      data.put("field", field.apiValue());
      data.put("year", report.year());
      data.put("summary", detail);
      data.put("report", report.documentId());
      data.put("reviewStatus", "registered");
      return strapi.create(ContentType.INITIATIVES, data, Publication.DRAFT).documentId();
    }
  }

  private static @Nullable InitiativeField fieldOf(@Nullable String apiValue) {
    if (apiValue == null) {
      return null;
    }
    for (InitiativeField f : InitiativeField.values()) {
      if (f.apiValue().equals(apiValue)) {
        return f;
      }
    }
    return null;
  }

  private List<ReportFact> all(StrapiQuery query) {
    List<ReportFact> all = new ArrayList<>();
    int page = 1;
    while (true) {
      StrapiPage<ReportFact> found =
          strapi.find(
              REPORT_FACTS,
              // Read as drafts: a fact has no draft of its own, but a relation is populated in
              // the status asked, and the initiative a confirmation made is a draft.
              query
                  .populate(FACT_POPULATE)
                  .draft()
                  .sortAsc("id")
                  .page(page, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(found.data());
      if (page >= found.pagination().pageCount() || found.data().isEmpty()) {
        return all;
      }
      page++;
    }
  }
}
