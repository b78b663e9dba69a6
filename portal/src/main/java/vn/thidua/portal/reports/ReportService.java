package vn.thidua.portal.reports;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
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
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.indexer.FileText;
import vn.thidua.portal.indexer.IndexedFile;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.RetryOutcome;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.StrapiValidationException;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.uploads.UploadOutcome;
import vn.thidua.portal.uploads.UploadService;
import vn.thidua.portal.uploads.UploadService.Destination;
import vn.thidua.portal.uploads.UploadSpool.PendingUpload;

/**
 * Reports, as each role may use them. Every method checks the signed-in user on the server: a unit
 * reaches only its own unit's reports, whatever the view offered.
 */
@Service
public class ReportService {

  private static final Logger log = LoggerFactory.getLogger(ReportService.class);

  /** Relations a report view needs. */
  static final String[] POPULATE = {"unit", "files", "history"};

  private final StrapiClient strapi;
  private final IndexerClient indexer;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final ReportsProperties properties;
  private final UploadService uploads;
  private final PlanService plans;

  ReportService(
      StrapiClient strapi,
      IndexerClient indexer,
      CurrentUser currentUser,
      Clock clock,
      ReportsProperties properties,
      UploadService uploads,
      PlanService plans) {
    this.plans = plans;
    this.strapi = strapi;
    this.indexer = indexer;
    this.currentUser = currentUser;
    this.clock = clock;
    this.properties = properties;
    this.uploads = uploads;
  }

  /** The year whose reports are being collected: the current calendar year. */
  public int currentYear() {
    return LocalDate.now(clock).getYear();
  }

  /** The largest file a unit may send, in bytes. */
  public long maxFileSize() {
    return uploads.maxFileSize();
  }

  /** How often a view asks again while a file is being extracted. */
  public java.time.Duration pollEvery() {
    return properties.pollEvery();
  }

  /**
   * The deadline of {@code year}'s reports, as the campaign calendar says (the same day the home
   * page counts down to).
   */
  public ReportDeadline deadline(int year) {
    currentUser.require();
    return plans.deadline(year);
  }

  /** The years the active plan runs, from its phases (the plan: 2026 to 2030). */
  public CampaignYears campaignYears() {
    currentUser.require();
    return plans.years();
  }

  // --- the unit's own ---

  /** What the unit's workspace shows for {@code year}. */
  public record UnitDesk(
      String unitName,
      ReportDeadline deadline,
      @Nullable Report report,
      Compliance compliance,
      List<PendingUpload> spooled,
      List<Report> earlier) {}

  public UnitDesk myDesk(int year) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    ReportDeadline deadline = deadline(year);
    List<Report> all = myReports();
    List<Report> ofYear =
        all.stream()
            .filter(r -> r.year() != null && r.year() == year)
            .filter(r -> r.stage() == null || r.stage() == Stage.ANNUAL)
            .sorted(BY_SUBMISSION)
            .toList();
    Instant first =
        ofYear.stream()
            .map(Report::submittedAt)
            .filter(java.util.Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    Report current = current(ofYear).orElse(null);
    List<PendingUpload> spooled =
        current == null ? List.of() : uploads.pendingFor(current.documentId());
    return new UnitDesk(
        user.unitName() == null ? user.fullName() : user.unitName(),
        deadline,
        current,
        Compliance.of(first, deadline, clock.getZone()),
        spooled,
        earlier(all, year, current));
  }

  private static final Comparator<Report> BY_SUBMISSION =
      Comparator.comparing(Report::submittedAt, Comparator.nullsLast(Instant::compareTo))
          .thenComparingLong(Report::id);

  /**
   * The unit's reports other than the one it works on, newest first: those of previous years, and
   * earlier ones of {@code year} (an accepted report, when a new one was opened after it). Reports
   * of later years are left out.
   */
  static List<Report> earlier(List<Report> all, int year, @Nullable Report current) {
    return all.stream()
        .filter(r -> r.year() != null && r.year() <= year)
        .filter(r -> current == null || !r.documentId().equals(current.documentId()))
        .sorted(
            Comparator.comparing(Report::year, Comparator.reverseOrder())
                .thenComparing(
                    Report::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  /**
   * The report a unit works on: the one still open (submitted or returned), else the latest. A unit
   * may send more than one report in a year; the first one decides whether it was on time.
   */
  static Optional<Report> current(List<Report> ofYear) {
    return ofYear.stream()
        .filter(r -> r.status() != ReportStatus.ACCEPTED)
        .reduce((a, b) -> b)
        .or(() -> ofYear.stream().reduce((a, b) -> b));
  }

  /** The reports of the user's unit, newest year first. */
  public List<Report> myReports() {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    return strapi
        .find(
            ContentType.REPORTS,
            StrapiQuery.create()
                .eq("unit.documentId", unitOf(user))
                .populate(POPULATE)
                .sortDesc("year")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** The unit's annual reports of a year, oldest first. */
  private List<Report> myReportsOf(PortalUser user, int year) {
    return strapi
        .find(
            ContentType.REPORTS,
            StrapiQuery.create()
                .eq("unit.documentId", unitOf(user))
                .eq("year", year)
                .eq("stage", Stage.ANNUAL)
                .populate(POPULATE)
                .sortAsc("submittedAt")
                .sortAsc("id")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  private static String unitOf(PortalUser user) {
    String unit = user.unitDocumentId();
    if (unit == null) {
      throw new AccessDeniedException("A unit account without a unit");
    }
    return unit;
  }

  /**
   * Receives one file for the unit's report of the current year: streamed to disk with the size
   * limit enforced as the bytes arrive, checked by content, then streamed to Strapi and attached to
   * the report (made at the first file). When Strapi cannot take it, the file stays in the spool.
   *
   * @param declaredSize the size the browser announced, -1 when unknown; only used to refuse early
   * @param progress told the bytes received so far
   */
  public UploadOutcome receive(
      String fileName, long declaredSize, InputStream content, LongConsumer progress) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    return uploads.receive(
        fileName, declaredSize, content, progress, () -> reportDestination(user, currentYear()));
  }

  /** The report field that takes files sent after acceptance. */
  static final String SUPPLEMENTS = UploadService.SUPPLEMENTS;

  /**
   * Where a unit's file goes, one report per unit, year and stage: the year's report while it is
   * open (submitted or returned); a supplement (bổ sung) of it once accepted, with its own history
   * entry, never a second report; a new report (submitted) only when the unit has none for the
   * year. Strapi holds the same rule, so a second tab or portal cannot make two either.
   */
  private Destination reportDestination(PortalUser user, int year) {
    List<Report> ofYear = myReportsOf(user, year);
    Optional<Report> open =
        ofYear.stream().filter(r -> r.status() != ReportStatus.ACCEPTED).reduce((a, b) -> b);
    if (open.isPresent()) {
      return new Destination(
          ContentType.REPORTS, open.get().documentId(), "files", Publication.PUBLISHED);
    }
    Optional<Report> accepted = ofYear.stream().reduce((a, b) -> b);
    if (accepted.isPresent()) {
      String documentId = accepted.get().documentId();
      return new Destination(
          ContentType.REPORTS,
          documentId,
          SUPPLEMENTS,
          Publication.PUBLISHED,
          name -> recordSupplement(user, documentId, name));
    }
    return new Destination(
        ContentType.REPORTS, createReport(user, year).documentId(), "files", Publication.PUBLISHED);
  }

  private void recordSupplement(PortalUser user, String documentId, String fileName) {
    Report report = load(documentId);
    ReportWorkflow.Change change =
        ReportWorkflow.supplement(report, user.username(), fileName, clock.instant());
    strapi.update(ContentType.REPORTS, documentId, change.fields(), Publication.PUBLISHED);
  }

  /**
   * Creates the unit's report of the year, once: two files dropped together, a double click or two
   * tabs of the same unit wait for one another here, and the second finds the first's report.
   * Should another portal have created it meanwhile, Strapi refuses the second and its report is
   * used.
   */
  private Report createReport(PortalUser user, int year) {
    String unit = unitOf(user);
    synchronized (creating.computeIfAbsent(unit + "|" + year, k -> new Object())) {
      Optional<Report> made = myReportsOf(user, year).stream().reduce((a, b) -> b);
      if (made.isPresent()) {
        return made.get();
      }
      ReportWorkflow.Change first =
          ReportWorkflow.firstSubmission(user.username(), clock.instant());
      Map<String, Object> data = new LinkedHashMap<>();
      String unitName = user.unitName() == null ? user.fullName() : user.unitName();
      data.put(
          "title", "Báo cáo kết quả thực hiện phong trào thi đua năm " + year + " – " + unitName);
      data.put("unit", unit);
      data.put("year", year);
      data.put("stage", Stage.ANNUAL.apiValue());
      data.putAll(first.fields());
      try {
        return strapi.create(ContentType.REPORTS, data, Publication.PUBLISHED);
      } catch (StrapiValidationException e) {
        return myReportsOf(user, year).stream().reduce((a, b) -> b).orElseThrow(() -> e);
      }
    }
  }

  private final ConcurrentHashMap<String, Object> creating = new ConcurrentHashMap<>();

  /**
   * The files the unit sent after its report was accepted, oldest first. Not for editors: they read
   * an accepted report as the reviewer accepted it (their stories quote it publicly), and a
   * supplement has not been through that review.
   */
  public List<StrapiMedia> supplements(String reportDocumentId) {
    report(reportDocumentId);
    if (currentUser.require().role() == PortalRole.EDITOR) {
      return List.of();
    }
    return strapi
        .findOne(SUPPLEMENTS_OF, reportDocumentId, StrapiQuery.create().populate(SUPPLEMENTS))
        .supplements();
  }

  /** A report read for its supplements only. */
  record WithSupplements(long id, String documentId, List<StrapiMedia> supplements) {
    WithSupplements {
      supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }
  }

  private static final ContentType<WithSupplements> SUPPLEMENTS_OF =
      new ContentType<>(
          ContentType.REPORTS.pluralId(), ContentType.REPORTS.uid(), WithSupplements.class);

  /**
   * The unit takes a wrong file off its report, while the report is not accepted. The history keeps
   * the removal; writing the report tells the indexer, which drops the file from search.
   *
   * @throws InvalidTransitionException when the report is accepted
   */
  public Report removeFile(String reportDocumentId, long mediaId) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    Report report = ownReport(user, reportDocumentId);
    StrapiMedia gone = fileOf(report, mediaId);
    ReportWorkflow.Change change =
        ReportWorkflow.fileRemoved(report, user.username(), gone.name(), clock.instant());
    Map<String, Object> fields = new LinkedHashMap<>(change.fields());
    fields.put("files", remaining(report, mediaId));
    strapi.update(ContentType.REPORTS, reportDocumentId, fields, Publication.PUBLISHED);
    log.info("{} removed {} from {}", user.username(), gone.name(), reportDocumentId);
    return load(reportDocumentId);
  }

  /**
   * The unit replaces a file of its open report by another: the new file is received and checked as
   * any other, and only once stored does the old one leave the report (one history entry says which
   * replaced which). A refused new file leaves the report as it was.
   */
  public UploadOutcome replaceFile(
      String reportDocumentId,
      long mediaId,
      String fileName,
      long declaredSize,
      InputStream content,
      LongConsumer progress) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    Report report = ownReport(user, reportDocumentId);
    StrapiMedia old = fileOf(report, mediaId);
    if (!ReportWorkflow.filesEditable(report)) {
      throw new InvalidTransitionException(ReportStatus.ACCEPTED, ReportStatus.ACCEPTED);
    }
    return uploads.receive(
        fileName,
        declaredSize,
        content,
        progress,
        () ->
            new Destination(
                ContentType.REPORTS,
                reportDocumentId,
                "files",
                Publication.PUBLISHED,
                newName -> {
                  Report now = load(reportDocumentId);
                  ReportWorkflow.Change change =
                      ReportWorkflow.fileReplaced(
                          now, user.username(), old.name(), newName, clock.instant());
                  Map<String, Object> fields = new LinkedHashMap<>(change.fields());
                  fields.put("files", remaining(now, mediaId));
                  strapi.update(
                      ContentType.REPORTS, reportDocumentId, fields, Publication.PUBLISHED);
                }));
  }

  private Report ownReport(PortalUser user, String reportDocumentId) {
    Report report = load(reportDocumentId);
    if (!ReportAccess.belongsTo(user, report)) {
      throw new AccessDeniedException("Not this unit's report");
    }
    return report;
  }

  private static StrapiMedia fileOf(Report report, long mediaId) {
    return report.files().stream()
        .filter(f -> f.id() == mediaId)
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("Not a file of this report"));
  }

  private static List<Long> remaining(Report report, long mediaId) {
    return report.files().stream().map(StrapiMedia::id).filter(id -> id != mediaId).toList();
  }

  /** The unit sends its returned report again. */
  public Report resubmit(String documentId, @Nullable String note) {
    PortalUser user = currentUser.require(PortalRole.UNIT);
    Report report = load(documentId);
    if (!ReportAccess.belongsTo(user, report)) {
      throw new AccessDeniedException("Not this unit's report");
    }
    ReportWorkflow.Change change =
        ReportWorkflow.resubmit(report, user.username(), note, clock.instant());
    strapi.update(ContentType.REPORTS, documentId, change.fields(), Publication.PUBLISHED);
    // Strapi answers a write without relations and components: read it back whole.
    return load(documentId);
  }

  // --- any role that may read the report ---

  /** A report, if the user may read it. */
  public Report report(String documentId) {
    PortalUser user = currentUser.require();
    Report report = load(documentId);
    if (!ReportAccess.canRead(user, report)) {
      throw new AccessDeniedException("May not read this report");
    }
    return report;
  }

  Report load(String documentId) {
    return strapi.findOne(ContentType.REPORTS, documentId, StrapiQuery.create().populate(POPULATE));
  }

  /** The report's files as the indexer sees them; unavailable when the indexer is down. */
  public IndexerResult<List<IndexedFile>> fileStatuses(String reportDocumentId) {
    report(reportDocumentId);
    return indexer.files(reportDocumentId, currentUser.indexerCaller());
  }

  /**
   * The statuses again, for a report this user was already given (the views' polling): checked
   * against the user without reading the report from Strapi again.
   */
  public IndexerResult<List<IndexedFile>> fileStatuses(Report report) {
    if (!ReportAccess.canRead(currentUser.require(), report)) {
      throw new AccessDeniedException("May not read this report");
    }
    return indexer.files(report.documentId(), currentUser.indexerCaller());
  }

  /** The extracted text of one of the report's files. */
  public IndexerResult<Optional<FileText>> text(String reportDocumentId, String fileId) {
    Report report = report(reportDocumentId);
    boolean ours = report.files().stream().anyMatch(f -> Long.toString(f.id()).equals(fileId));
    if (!ours) {
      throw new AccessDeniedException("Not a file of this report");
    }
    return indexer.text(fileId, currentUser.indexerCaller());
  }

  /**
   * One of the report's files or supplements, if the user may read the report (the same rule for
   * both: a supplement is part of the report).
   */
  public StrapiMedia file(String reportDocumentId, long mediaId) {
    Report report = report(reportDocumentId);
    Optional<StrapiMedia> file = report.files().stream().filter(f -> f.id() == mediaId).findFirst();
    if (file.isPresent()) {
      return file.get();
    }
    return supplements(reportDocumentId).stream()
        .filter(f -> f.id() == mediaId)
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("Not a file of this report"));
  }

  /** Streams one of the report's files from Strapi into {@code out}. */
  public long download(String reportDocumentId, long mediaId, OutputStream out) {
    return strapi.download(file(reportDocumentId, mediaId).url(), out);
  }

  /** Whether the signed-in user may have a failed file read again: administrators only. */
  public boolean mayRetryFiles() {
    return currentUser.hasRole(PortalRole.ADMIN);
  }

  /**
   * An administrator's request that the indexer read one of the report's failed or refused files
   * again (after the cause was mended, or a limit raised): its attempts start from nothing.
   */
  public IndexerResult<RetryOutcome> retryFile(String reportDocumentId, long mediaId) {
    PortalUser user = currentUser.require(PortalRole.ADMIN);
    file(reportDocumentId, mediaId);
    log.info("{} asks the indexer to read file {} again", user.username(), mediaId);
    return indexer.retry(Long.toString(mediaId), currentUser.indexerCaller());
  }

  // --- staff ---

  /**
   * The accepted reports of a year (editors write stories from them; their text is public), by unit
   * name.
   */
  public List<Report> acceptedReports(int year) {
    currentUser.require(
        PortalRole.EDITOR, PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    return strapi
        .find(
            ContentType.REPORTS,
            StrapiQuery.create()
                .eq("year", year)
                .eq("status", ReportStatus.ACCEPTED)
                .populate("unit", "files")
                .sortAsc("unit.name")
                .sortAsc("id")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /**
   * A unit's reports of the years up to {@code year}, newest first, for the council's evidence
   * picker.
   */
  public List<Report> reportsOfUnit(String unitDocumentId, int fromYear, int toYear) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    return strapi
        .find(
            ContentType.REPORTS,
            StrapiQuery.create()
                .eq("unit.documentId", unitDocumentId)
                .filter("year", "$gte", fromYear)
                .filter("year", "$lte", toYear)
                .populate("unit")
                .sortDesc("year")
                .sortAsc("id")
                .page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** Every report of a year, for the reviewer, the council and the administrators. */
  public List<Report> reportsOfYear(int year) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.ADMIN);
    List<Report> all = new ArrayList<>();
    int page = 1;
    while (true) {
      var result =
          strapi.find(
              ContentType.REPORTS,
              StrapiQuery.create()
                  .eq("year", year)
                  .populate("unit", "files")
                  .sortAsc("id")
                  .page(page, StrapiQuery.MAX_PAGE_SIZE));
      all.addAll(result.data());
      if (page >= result.pagination().pageCount()) {
        return all;
      }
      page++;
    }
  }

  /** Every unit (published), for the compliance board and the exports. */
  public List<Unit> units() {
    currentUser.require(
        PortalRole.REVIEWER, PortalRole.COUNCIL, PortalRole.EDITOR, PortalRole.ADMIN);
    return strapi
        .find(
            ContentType.UNITS,
            StrapiQuery.create().sortAsc("name").page(1, StrapiQuery.MAX_PAGE_SIZE))
        .data();
  }

  /** Writes a review decision: the reviewer's service calls this after its own check. */
  public Report applyReview(String documentId, ReportWorkflow.Change change) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    strapi.update(ContentType.REPORTS, documentId, change.fields(), Publication.PUBLISHED);
    // Strapi answers a write without relations and components: read it back whole.
    return load(documentId);
  }

  /** The loaded report for a reviewer's decision. */
  public Report forReview(String documentId) {
    currentUser.require(PortalRole.REVIEWER, PortalRole.ADMIN);
    return load(documentId);
  }

  /** The clock's instant, for services that record when. */
  public java.time.Instant now() {
    return clock.instant();
  }
}
