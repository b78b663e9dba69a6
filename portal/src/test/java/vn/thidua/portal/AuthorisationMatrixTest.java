package vn.thidua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.council.AwardDesk;
import vn.thidua.portal.council.ui.CouncilView;
import vn.thidua.portal.export.ConsolidatedReport;
import vn.thidua.portal.facts.FactDecision;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.facts.ui.RollUpView;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.initiatives.InitiativeService;
import vn.thidua.portal.initiatives.ui.InitiativeReviewListView;
import vn.thidua.portal.initiatives.ui.InitiativeReviewView;
import vn.thidua.portal.initiatives.ui.UnitInitiativesView;
import vn.thidua.portal.registration.RegistrationForm;
import vn.thidua.portal.registration.RegistrationService;
import vn.thidua.portal.registration.ui.RegistrationView;
import vn.thidua.portal.reports.ComplianceBoard;
import vn.thidua.portal.reports.ReportAccess;
import vn.thidua.portal.reports.ReportDetailsService;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.reports.ui.UnitWorkspaceView;
import vn.thidua.portal.review.ReviewService;
import vn.thidua.portal.review.ui.ReviewBoardView;
import vn.thidua.portal.review.ui.ReviewReportView;
import vn.thidua.portal.scoring.RankingService;
import vn.thidua.portal.scoring.ScoreInput;
import vn.thidua.portal.scoring.ScoringService;
import vn.thidua.portal.scoring.ui.RankingView;
import vn.thidua.portal.scoring.ui.ScoringView;
import vn.thidua.portal.stories.StoryDesk;
import vn.thidua.portal.stories.StoryDraft;
import vn.thidua.portal.stories.ui.EditorDeskView;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.strapi.model.InitiativeReview;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.ReportStatus;
import vn.thidua.portal.strapi.model.Unit;

/**
 * Every role, and the anonymous reader, against every workspace view and every service action:
 * allowed or refused. The services run against a Strapi and an indexer that do not answer, so an
 * allowed action fails later (Strapi unavailable) and a refused one fails first, with {@link
 * AccessDeniedException}, before anything is asked of Strapi.
 */
class AuthorisationMatrixTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  @TempDir static Path spoolDir;

  private static ReportService reports;
  private static ComplianceBoard board;
  private static ReviewService review;
  private static StoryDesk stories;
  private static AwardDesk awards;
  private static ConsolidatedReport exports;
  private static InitiativeService initiatives;
  private static RegistrationService registrations;
  private static ScoringService scoring;
  private static RankingService ranking;
  private static vn.thidua.portal.council.MeetingDesk meetings;
  private static vn.thidua.portal.council.DecisionDesk decisions;
  private static FactsService facts;
  private static ReportDetailsService reportDetails;
  private static vn.thidua.portal.dossier.DossierService dossiers;
  private static vn.thidua.portal.records.RecordService records;
  private static vn.thidua.portal.council.OutboxDesk outboxDesk;

  /** Who, as a row of the matrix; null is the anonymous reader. */
  enum Who {
    ANONYMOUS(null),
    UNIT(PortalRole.UNIT),
    REVIEWER(PortalRole.REVIEWER),
    ECONOMY(PortalRole.ECONOMY),
    EDITOR(PortalRole.EDITOR),
    COUNCIL(PortalRole.COUNCIL),
    ADMIN(PortalRole.ADMIN);

    final @Nullable PortalRole role;

    Who(@Nullable PortalRole role) {
      this.role = role;
    }
  }

  @FunctionalInterface
  interface Action {
    void run() throws Exception;
  }

  private static final Map<String, Action> ACTIONS = new LinkedHashMap<>();
  private static final Map<String, Set<Who>> ALLOWED = new LinkedHashMap<>();

  private static void action(String name, Action action, Who... allowed) {
    ACTIONS.put(name, action);
    ALLOWED.put(
        name, allowed.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(List.of(allowed)));
  }

  static {
    action("reports.myDesk", () -> reports.myDesk(2026), Who.UNIT);
    action(
        "reports.receive",
        () ->
            reports.receive(
                "a.pdf", Long.MAX_VALUE, new ByteArrayInputStream(new byte[0]), n -> {}),
        Who.UNIT);
    action("reports.resubmit", () -> reports.resubmit("r1", ""), Who.UNIT);
    action(
        "reports.report",
        () -> reports.report("r1"),
        Who.UNIT,
        Who.REVIEWER,
        Who.ECONOMY,
        Who.EDITOR,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "reports.reportsOfYear",
        () -> reports.reportsOfYear(2026),
        Who.REVIEWER,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "reports.units", () -> reports.units(), Who.REVIEWER, Who.EDITOR, Who.COUNCIL, Who.ADMIN);
    action("review.board", () -> board.board(2026), Who.REVIEWER, Who.COUNCIL, Who.ADMIN);
    action("review.accept", () -> review.accept("r1", ""), Who.REVIEWER, Who.ADMIN);
    action("review.return", () -> review.returnForChanges("r1", "Thiếu"), Who.REVIEWER, Who.ADMIN);
    action("editor.drafts", () -> stories.drafts(), Who.EDITOR, Who.ADMIN);
    action("editor.create", () -> stories.create(StoryDraft.blank("t")), Who.EDITOR, Who.ADMIN);
    action("editor.publish", () -> stories.publish("s1"), Who.EDITOR, Who.ADMIN);
    action("editor.fromInitiative", () -> stories.fromInitiative("i1"), Who.EDITOR, Who.ADMIN);
    action(
        "editor.fromReportPassage",
        () -> stories.fromReportPassage("r1", 7, 2, "Lắp đặt điện mặt trời mái nhà"),
        Who.EDITOR,
        Who.ADMIN);
    action("editor.acceptedReports", () -> stories.acceptedReports(2026), Who.EDITOR, Who.ADMIN);
    action(
        "reports.acceptedReports",
        () -> reports.acceptedReports(2026),
        Who.REVIEWER,
        Who.EDITOR,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "reports.reportsOfUnit",
        () -> reports.reportsOfUnit("u1", 2026, 2027),
        Who.REVIEWER,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "reports.campaignYears",
        () -> reports.campaignYears(),
        Who.UNIT,
        Who.REVIEWER,
        Who.ECONOMY,
        Who.EDITOR,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "initiativeReview.list",
        () -> initiatives.underReview(null, null),
        Who.REVIEWER,
        Who.ADMIN);
    action("initiativeReview.open", () -> initiatives.open("i1"), Who.REVIEWER, Who.ADMIN);
    for (InitiativeReview.Action step : InitiativeReview.Action.values()) {
      action(
          "initiativeReview." + step.apiValue(),
          () -> initiatives.decide("i1", step, "Thiếu minh chứng"),
          Who.REVIEWER,
          Who.ADMIN);
    }
    action(
        "initiativeReview.evidence",
        () ->
            initiatives.downloadEvidenceUnderReview(
                "i1", 3, java.io.OutputStream.nullOutputStream()),
        Who.REVIEWER,
        Who.ADMIN);
    // A unit reads the trail of its own initiatives (checked against Strapi, see
    // InitiativeReviewServiceTest); editors and the council have no business there.
    action(
        "initiativeReview.trail", () -> initiatives.trail("i1"), Who.UNIT, Who.REVIEWER, Who.ADMIN);
    action("export.gather", () -> exports.gather(2026), Who.REVIEWER, Who.COUNCIL, Who.ADMIN);
    action("initiatives.mine", () -> initiatives.mine(), Who.UNIT);
    action(
        "initiatives.register",
        () ->
            initiatives.register(
                new InitiativeService.NewInitiative(
                    "t",
                    vn.thidua.portal.strapi.model.InitiativeField.CHUYEN_DOI_SO,
                    2026,
                    "",
                    "",
                    List.of())),
        Who.UNIT);
    action(
        "initiatives.evidence",
        () -> initiatives.receiveEvidence("i1", "a.pdf", 1, new ByteArrayInputStream(new byte[1])),
        Who.UNIT);
    action("initiatives.assess", () -> initiatives.assess("i1", List.of()), Who.UNIT);
    action("council.awards", () -> awards.awards(null), Who.COUNCIL, Who.ADMIN);
    action("council.persons", () -> awards.persons(), Who.COUNCIL, Who.ADMIN);
    action(
        "council.stage-year",
        () -> awards.yearOf(vn.thidua.portal.strapi.model.Stage.FINAL),
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "council.propose",
        () ->
            awards.propose(
                new AwardDesk.Proposal(
                    "u1",
                    null,
                    vn.thidua.portal.strapi.model.Stage.ANNUAL,
                    2026,
                    "Giấy khen",
                    "",
                    List.of(),
                    List.of())),
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "council.decide",
        () -> awards.decide("a1", "12/QĐ-UBND", java.time.LocalDate.of(2026, 12, 20), "Giấy khen"),
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "council.evidenceOf",
        () -> awards.evidenceOf("u1", vn.thidua.portal.strapi.model.Stage.MID_TERM, 2027),
        Who.COUNCIL,
        Who.ADMIN);
    // Issue 12: a unit registers for itself only; staff read every registration on the board.
    action("registration.myDesk", () -> registrations.myDesk(), Who.UNIT);
    action(
        "registration.save",
        () -> registrations.save(new RegistrationForm(Map.of(), null)),
        Who.UNIT);
    action(
        "registration.submit",
        () -> registrations.submit(new RegistrationForm(Map.of(), null)),
        Who.UNIT);
    action(
        "registration.ofYear",
        () -> registrations.registrationsOfYear(2026),
        Who.REVIEWER,
        Who.COUNCIL,
        Who.ADMIN);
    // Issue 12: each office scores (its own criteria, see ScoringServiceTest); the offices, the
    // council and the administrators read the ranking; a unit never reads another's scores.
    action("scoring.years", () -> scoring.years(), Who.REVIEWER, Who.ECONOMY);
    action("scoring.desk", () -> scoring.desk(2026), Who.REVIEWER, Who.ECONOMY);
    action(
        "scoring.evidenceChoices",
        () -> scoring.evidenceChoices(2026, "u1"),
        Who.REVIEWER,
        Who.ECONOMY);
    action(
        "scoring.score",
        () -> scoring.score(2026, "u1", "c1", new ScoreInput(5, "", null, null, null)),
        Who.REVIEWER,
        Who.ECONOMY);
    action("scoring.submit", () -> scoring.submit(2026), Who.REVIEWER, Who.ECONOMY);
    action("scoring.reopen", () -> scoring.reopen(2026, "Sai điểm"), Who.REVIEWER, Who.ECONOMY);
    action(
        "ranking.standing",
        () -> ranking.standing(2026),
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "ranking.ranking",
        () -> ranking.ranking(2026, vn.thidua.portal.strapi.model.UnitKind.CO_QUAN),
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    // Issue 13: facts read from report files. A unit sees those of its own reports (checked
    // against the report, see ReportAccess); editors none; only reviewers decide.
    action(
        "facts.suggestions",
        () -> facts.suggestions("r1"),
        Who.UNIT,
        Who.REVIEWER,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "facts.decideIndicator",
        () ->
            facts.decideIndicator(
                "r1", 7, "Số buổi tập huấn", 1, FactDecision.CONFIRMED, java.math.BigDecimal.ONE),
        Who.REVIEWER,
        Who.ADMIN);
    action(
        "facts.decideInitiative",
        () ->
            facts.decideInitiative("r1", 7, "Điện mặt trời", 1, FactDecision.CONFIRMED, null, null),
        Who.REVIEWER,
        Who.ADMIN);
    action(
        "facts.decideCriterion",
        () -> facts.decideCriterion("r1", 7, "1.1.a", 1, FactDecision.REJECTED),
        Who.REVIEWER,
        Who.ADMIN);
    action("facts.rollUp", () -> facts.rollUp(), Who.REVIEWER, Who.COUNCIL, Who.ADMIN);
    // Issue 13: the confirmed figures of accepted reports are public (the progress page).
    action("facts.publicRollUp", () -> facts.publicRollUp(), Who.values());
    // Issue 17: the unit saves its report's number and date; whoever reads the report sees them.
    action(
        "reportDetails.save",
        () -> reportDetails.save("r1", "118/BC-UBND", java.time.LocalDate.of(2026, 11, 1)),
        Who.UNIT);
    action(
        "reportDetails.saved",
        () -> reportDetails.saved("r1"),
        Who.UNIT,
        Who.REVIEWER,
        // The Economy office reads accepted reports as editors do (their evidence for scoring).
        Who.ECONOMY,
        Who.EDITOR,
        Who.COUNCIL,
        Who.ADMIN);
  }

  /** The workspace views and the roles their annotations let in. */
  private static final Map<Class<?>, Set<Who>> VIEWS =
      new java.util.HashMap<>(
          Map.ofEntries(
              Map.entry(UnitWorkspaceView.class, EnumSet.of(Who.UNIT)),
              Map.entry(ReviewBoardView.class, EnumSet.of(Who.REVIEWER, Who.COUNCIL, Who.ADMIN)),
              // Editors open accepted reports to write stories from them (the service refuses
              // others).
              Map.entry(
                  ReviewReportView.class,
                  EnumSet.of(Who.REVIEWER, Who.COUNCIL, Who.EDITOR, Who.ADMIN)),
              Map.entry(EditorDeskView.class, EnumSet.of(Who.EDITOR, Who.ADMIN)),
              Map.entry(CouncilView.class, EnumSet.of(Who.COUNCIL, Who.ADMIN)),
              Map.entry(UnitInitiativesView.class, EnumSet.of(Who.UNIT)),
              Map.entry(InitiativeReviewListView.class, EnumSet.of(Who.REVIEWER, Who.ADMIN)),
              Map.entry(InitiativeReviewView.class, EnumSet.of(Who.REVIEWER, Who.ADMIN)),
              Map.entry(RegistrationView.class, EnumSet.of(Who.UNIT)),
              Map.entry(ScoringView.class, EnumSet.of(Who.REVIEWER, Who.ECONOMY)),
              Map.entry(
                  RankingView.class,
                  EnumSet.of(Who.REVIEWER, Who.ECONOMY, Who.COUNCIL, Who.ADMIN))));

  // Issue 12, bình xét: the council's meeting and decision, and a unit's notices.
  static {
    VIEWS.put(vn.thidua.portal.council.ui.BinhXetView.class, EnumSet.of(Who.COUNCIL, Who.ADMIN));
    VIEWS.put(vn.thidua.portal.council.ui.UnitNoticesView.class, EnumSet.of(Who.UNIT));
    // Issue 13: the five-year roll-up of confirmed figures.
    VIEWS.put(RollUpView.class, EnumSet.of(Who.REVIEWER, Who.COUNCIL, Who.ADMIN));
    // Issue 12: achievement records (a unit its own only) and the notices' outbox.
    VIEWS.put(
        vn.thidua.portal.records.ui.RecordView.class,
        EnumSet.of(Who.UNIT, Who.REVIEWER, Who.ECONOMY, Who.COUNCIL, Who.ADMIN));
    VIEWS.put(vn.thidua.portal.council.ui.OutboxView.class, EnumSet.of(Who.REVIEWER, Who.ADMIN));
    // Persons (1.4) have no account: the Culture–Society office or an admin registers them.
    VIEWS.put(
        vn.thidua.portal.registration.ui.PersonRegistrationView.class,
        EnumSet.of(Who.REVIEWER, Who.ADMIN));
    action("registration.personDesk", () -> registrations.personDesk(), Who.REVIEWER, Who.ADMIN);
    action(
        "registration.registerPerson",
        () ->
            registrations.registerPerson(
                "p1", new RegistrationForm(java.util.Map.of(), "Giấy khen")),
        Who.REVIEWER,
        Who.ADMIN);
    action(
        "records.units",
        () -> records.units(),
        Who.UNIT,
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "records.staffRecord.own",
        () -> records.staffRecord("unitA"),
        Who.UNIT,
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    // A unit never reads another unit's record, so never its scores, before or after a decision.
    action(
        "records.staffRecord.other",
        () -> records.staffRecord("unitB"),
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    action("records.publicRecord", () -> records.publicRecord("tram-y-te"), Who.values());
    // Persons (1.4): staff open their records; a unit is offered none and is refused one.
    action(
        "records.persons",
        () -> records.persons(),
        Who.UNIT,
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "records.staffPersonRecord",
        () -> records.staffPersonRecord("p1"),
        Who.REVIEWER,
        Who.ECONOMY,
        Who.COUNCIL,
        Who.ADMIN);
    action("records.publicPersonRecord", () -> records.publicPersonRecord("p1"), Who.values());
    action("outbox.notices", () -> outboxDesk.notices(), Who.REVIEWER, Who.ADMIN);
    action("outbox.retry", () -> outboxDesk.retry("n1"), Who.REVIEWER, Who.ADMIN);
    var annual = vn.thidua.portal.strapi.model.Stage.ANNUAL;
    var day = java.time.LocalDate.of(2026, 12, 5);
    action("binhxet.eligible", () -> meetings.eligible(2026), Who.COUNCIL, Who.ADMIN);
    action("binhxet.proposals", () -> meetings.proposals(annual, 2026), Who.COUNCIL, Who.ADMIN);
    action(
        "binhxet.propose",
        () -> meetings.propose(annual, 2026, "unit:u1", "Giấy khen", null),
        Who.COUNCIL,
        Who.ADMIN);
    action("binhxet.open", () -> meetings.open(annual, 2026, day, 3, null), Who.COUNCIL, Who.ADMIN);
    action("binhxet.attend", () -> meetings.attend("m1"), Who.COUNCIL, Who.ADMIN);
    action("binhxet.vote", () -> meetings.vote("m1", "p1", true), Who.COUNCIL, Who.ADMIN);
    action("binhxet.votes", () -> meetings.votes("m1"), Who.COUNCIL, Who.ADMIN);
    action("binhxet.close", () -> meetings.close("m1"), Who.COUNCIL, Who.ADMIN);
    action(
        "binhxet.draft",
        () -> decisions.draft("m1", "25/QĐ-UBND", day, null, null, null),
        Who.COUNCIL,
        Who.ADMIN);
    action("binhxet.issue", () -> decisions.issue("d1"), Who.COUNCIL, Who.ADMIN);
    action(
        "binhxet.docx",
        () -> decisions.writeDocx("d1", java.io.OutputStream.nullOutputStream()),
        Who.COUNCIL,
        Who.ADMIN);
    action(
        "binhxet.certificates",
        () -> decisions.writeCertificates("d1", null, java.io.OutputStream.nullOutputStream()),
        Who.COUNCIL,
        Who.ADMIN);
    action("notices.mine", () -> decisions.myNotices(), Who.UNIT);
    // Issue 13: a nomination's dossier, for those who weigh proposals (the reviewers prepare
    // them); never a unit, an editor or the Economy office.
    action(
        "dossier.write",
        () ->
            dossiers.write(
                "p1",
                "http://127.0.0.1",
                java.util.Locale.forLanguageTag("vi"),
                java.io.OutputStream.nullOutputStream()),
        Who.REVIEWER,
        Who.COUNCIL,
        Who.ADMIN);
  }

  @BeforeEach
  void services() throws Exception {
    URI nowhere = URI.create("http://127.0.0.1:9");
    StrapiProperties strapiProperties =
        new StrapiProperties(
            nowhere,
            nowhere,
            "token",
            Duration.ofMillis(200),
            Duration.ofMillis(200),
            Duration.ofMillis(200),
            1,
            Duration.ZERO,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            10);
    StrapiClient strapi = StrapiClient.create(strapiProperties, CLOCK);
    IndexerClient indexer =
        new IndexerClient(
            new IndexerProperties(nowhere, "", Duration.ofMillis(200), Duration.ofMillis(200)));
    CurrentUser currentUser = TestUsers.currentUser();
    TestBeans.Reports reportBeans =
        TestBeans.reports(
            strapi,
            indexer,
            currentUser,
            CLOCK,
            TestBeans.plans(strapi, CLOCK),
            TestBeans.uploadsProperties(DataSize.ofMegabytes(1), spoolDir));
    reports = reportBeans.service();
    board = make(ComplianceBoard.class, reports, currentUser, CLOCK);
    stories = make(StoryDesk.class, strapi, strapiProperties, reports, currentUser, CLOCK);
    awards = make(AwardDesk.class, strapi, reports, currentUser, CLOCK);
    exports =
        make(
            ConsolidatedReport.class,
            board,
            strapi,
            make(vn.thidua.portal.registration.RegisteredTargets.class, strapi),
            currentUser,
            CLOCK);

    registrations = make(RegistrationService.class, strapi, currentUser, CLOCK);
    review =
        make(
            ReviewService.class,
            reports,
            board,
            registrations,
            exports,
            stories,
            make(vn.thidua.portal.dossier.CitationService.class, strapi, reports, currentUser),
            currentUser,
            indexer,
            (org.springframework.context.ApplicationEventPublisher) event -> {});
    PlanService plans = vn.thidua.portal.TestBeans.plans(strapi, CLOCK);
    Object store = make(Class.forName("vn.thidua.portal.scoring.ScoringStore"), strapi);
    scoring = make(ScoringService.class, store, currentUser, plans, CLOCK);
    ranking = make(RankingService.class, store, currentUser, plans);
    meetings =
        make(
            vn.thidua.portal.council.MeetingDesk.class,
            strapi,
            (vn.thidua.portal.meeting.CandidateSource) year -> List.of(),
            awards,
            currentUser,
            CLOCK);
    Object outbox =
        make(
            Class.forName("vn.thidua.portal.council.NoticeOutbox"),
            strapi,
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
            new vn.thidua.portal.council.NoticeProperties("a@b.example", null, Duration.ZERO, 1),
            CLOCK);
    outboxDesk =
        make(
            vn.thidua.portal.council.OutboxDesk.class,
            strapi,
            currentUser,
            new vn.thidua.portal.council.NoticeProperties("a@b.example", null, Duration.ZERO, 1),
            outbox);
    decisions =
        make(
            vn.thidua.portal.council.DecisionDesk.class,
            strapi,
            meetings,
            currentUser,
            CLOCK,
            outbox);
    facts =
        make(
            FactsService.class,
            reports,
            strapi,
            indexer,
            currentUser,
            CLOCK,
            make(vn.thidua.portal.registration.RegisteredTargets.class, strapi),
            plans);
    records = make(vn.thidua.portal.records.RecordService.class, strapi, currentUser, plans, facts);
    // The module's door over its two package-private desks, as Spring wires it.
    initiatives =
        make(
            InitiativeService.class,
            strapi,
            make(
                Class.forName("vn.thidua.portal.initiatives.InitiativeRegistration"),
                strapi,
                reports,
                reportBeans.uploads(),
                currentUser,
                CLOCK,
                facts),
            make(
                Class.forName("vn.thidua.portal.initiatives.InitiativeReviewService"),
                strapi,
                currentUser,
                CLOCK),
            reports,
            make(vn.thidua.portal.awards.AwardService.class, strapi, indexer, CLOCK),
            make(vn.thidua.portal.stories.StoryService.class, strapi));
    reportDetails = make(ReportDetailsService.class, reports, strapi, indexer, currentUser, CLOCK);
    dossiers =
        make(
            vn.thidua.portal.dossier.DossierService.class,
            strapi,
            reports,
            indexer,
            currentUser,
            new vn.thidua.portal.shell.PortalI18NProvider());
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  /** Beans have package-private constructors (package-private by default): built as Spring does. */
  private static <T> T make(Class<T> type, Object... args) throws Exception {
    Constructor<?> c = type.getDeclaredConstructors()[0];
    c.setAccessible(true);
    return type.cast(c.newInstance(args));
  }

  static Stream<Arguments> matrix() {
    return ACTIONS.keySet().stream()
        .flatMap(action -> Arrays.stream(Who.values()).map(who -> Arguments.of(action, who)));
  }

  @ParameterizedTest(name = "{1} × {0}")
  @MethodSource("matrix")
  void each_role_may_do_what_the_plan_gives_it_and_nothing_else(String action, Who who) {
    TestUsers.signIn(who.role, who == Who.UNIT ? "unitA" : null);
    Throwable thrown = catchThrowable(() -> ACTIONS.get(action).run());
    if (ALLOWED.get(action).contains(who)) {
      if (thrown != null) {
        assertThat(thrown)
            .as("%s may %s", who, action)
            .isNotInstanceOf(AccessDeniedException.class);
      }
    } else {
      assertThat(thrown).as("%s may not %s", who, action).isInstanceOf(AccessDeniedException.class);
    }
  }

  static Stream<Arguments> views() {
    return VIEWS.keySet().stream()
        .flatMap(view -> Arrays.stream(Who.values()).map(who -> Arguments.of(view, who)));
  }

  @ParameterizedTest(name = "{1} × {0}")
  @MethodSource("views")
  void each_workspace_view_lets_in_only_its_roles(Class<?> view, Who who) {
    assertThat(view.isAnnotationPresent(AnonymousAllowed.class)).isFalse();
    assertThat(view.isAnnotationPresent(PermitAll.class)).isFalse();
    RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
    assertThat(allowed).as("%s is guarded by roles", view.getSimpleName()).isNotNull();
    boolean lets = who.role != null && List.of(allowed.value()).contains(who.role.name());
    assertThat(lets)
        .as("%s in %s", who, view.getSimpleName())
        .isEqualTo(VIEWS.get(view).contains(who));
  }

  @Test
  void every_workspace_route_is_in_the_matrix() throws Exception {
    var scanner =
        new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(
            false);
    scanner.addIncludeFilter(
        new org.springframework.core.type.filter.AnnotationTypeFilter(Route.class));
    for (var bean : scanner.findCandidateComponents("vn.thidua.portal")) {
      Class<?> view = Class.forName(bean.getBeanClassName());
      String route = view.getAnnotation(Route.class).value();
      if (route.startsWith("lam-viec/")) {
        assertThat(VIEWS).as(route).containsKey(view);
      }
    }
  }

  @Test
  void a_unit_reads_its_own_report_and_never_another_units() {
    PortalUser a = TestUsers.signIn(PortalRole.UNIT, "unitA");
    Report ofA = report("unitA", ReportStatus.SUBMITTED);
    Report ofB = report("unitB", ReportStatus.ACCEPTED);
    assertThat(ReportAccess.canRead(a, ofA)).isTrue();
    assertThat(ReportAccess.canRead(a, ofB)).isFalse();
    PortalUser editor = TestUsers.signIn(PortalRole.EDITOR, null);
    assertThat(ReportAccess.canRead(editor, ofA)).as("not yet accepted").isFalse();
    assertThat(ReportAccess.canRead(editor, ofB)).isTrue();
    PortalUser reviewer = TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThat(ReportAccess.canRead(reviewer, ofA)).isTrue();
  }

  @Test
  void a_unit_cannot_upload_into_another_units_report_because_it_names_none() {
    // receive() takes no report id: the report is always the signed-in unit's own.
    assertThat(
            Arrays.stream(ReportService.class.getMethods())
                .filter(m -> m.getName().equals("receive"))
                .flatMap(m -> Arrays.stream(m.getParameters()))
                .map(p -> p.getName()))
        .noneMatch(name -> name.toLowerCase().contains("report"));
    assertThatThrownBy(() -> ACTIONS.get("reports.receive").run())
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_unit_cannot_name_another_units_registration_because_no_method_takes_one() {
    // The unit comes from the signed-in account; what a unit may call takes no unit or document.
    assertThat(
            Arrays.stream(RegistrationService.class.getMethods())
                .filter(m -> m.getDeclaringClass() == RegistrationService.class)
                .filter(m -> !m.getName().equals("registrationsOfYear"))
                // Staff only (the matrix refuses a unit): the office registers a person by id.
                .filter(m -> !m.getName().equals("registerPerson"))
                .flatMap(m -> Arrays.stream(m.getParameterTypes())))
        .containsOnly(RegistrationForm.class);
  }

  private static Report report(String unit, ReportStatus status) {
    Unit u = new Unit(1, unit, "Đơn vị " + unit, null, null, null, null, null, null, null);
    return new Report(
        1,
        "r-" + unit,
        "Báo cáo",
        u,
        2026,
        null,
        null,
        List.of(),
        status,
        null,
        null,
        null,
        List.of(),
        Map.of(),
        null);
  }
}
