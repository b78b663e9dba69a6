package vn.thidua.portal.scoring;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.model.OwningOffice;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * The office's scoring against a WireMock Strapi: what the server refuses whatever the page shows
 * (the other office's criterion, a criterion the unit did not register, points over the maximum,
 * another unit's evidence, a submitted sheet), what it writes, and the ranking's totals.
 */
class ScoringServiceTest {

  /** 10 December 2026, 09:00 in Vietnam: the offices score after the reports are in. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-10T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private static final String PAGE =
      ",\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":100,\"pageCount\":1,\"total\":1}}}";

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private ScoringService scoring;
  private RankingService ranking;

  @BeforeEach
  void setUp() throws Exception {
    strapi.start();
    // Trường Mầm non Hoa Sen registered 1.1.a (Culture–Society, max 30) and 1.1.b (Economy, 25).
    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":3,"documentId":"reg1","year":2026,"status":"submitted",
                      "unit":{"id":4,"documentId":"u1","name":"Trường Mầm non Hoa Sen","kind":"co_quan"},
                      "commitments":[
                        {"target":"100","criterion":{"id":1,"documentId":"c-a","code":"1.1.a","unitKind":"co_quan","title":"Mục tiêu","owningOffice":"van_hoa_xa_hoi","maxScore":30,"measure":"%"}},
                        {"target":"10","criterion":{"id":2,"documentId":"c-b","code":"1.1.b","unitKind":"co_quan","title":"Xanh","owningOffice":"kinh_te","maxScore":25,"measure":"%"}}]}]"""
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":9,"documentId":"r1","title":"Báo cáo 2026","year":2026,
                      "files":[{"id":77,"documentId":"f77","name":"bao-cao.pdf","url":"/uploads/a.pdf"}]}]"""
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiatives")).willReturn(okJson("{\"data\":[]" + PAGE)));
    strapi.stubFor(get(urlPathEqualTo("/api/scores")).willReturn(okJson("{\"data\":[]" + PAGE)));
    sheets("[]");
    strapi.stubFor(
        post(urlPathEqualTo("/api/score-sheets"))
            .willReturn(okJson("{\"data\":{\"id\":1,\"documentId\":\"sheet1\"}}")));
    strapi.stubFor(
        put(urlPathMatching("/api/score-sheets/.*"))
            .willReturn(okJson("{\"data\":{\"id\":1,\"documentId\":\"sheet1\"}}")));
    strapi.stubFor(
        post(urlPathEqualTo("/api/scores"))
            .willReturn(okJson("{\"data\":{\"id\":5,\"documentId\":\"s1\"}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/scores/s1"))
            .willReturn(okJson("{\"data\":{\"id\":5,\"documentId\":\"s1\",\"points\":20}}")));
    StrapiClient client = TestBeans.strapi(URI.create(strapi.baseUrl()));
    ScoringStore store = TestBeans.make(ScoringStore.class, client);
    var plans = TestBeans.plans(client, CLOCK);
    scoring = TestBeans.make(ScoringService.class, store, TestUsers.currentUser(), plans, CLOCK);
    ranking = TestBeans.make(RankingService.class, store, TestUsers.currentUser(), plans);
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    strapi.stop();
  }

  /** The sheets Strapi holds, whatever the filter (each test has at most one office's sheet). */
  private void sheets(String data) {
    strapi.stubFor(
        get(urlPathEqualTo("/api/score-sheets")).willReturn(okJson("{\"data\":" + data + PAGE)));
  }

  private static ScoreInput points(double points) {
    return new ScoreInput(points, "Đạt mục tiêu", null, null, null);
  }

  private void nothingWritten() {
    strapi.verify(0, postRequestedFor(anyUrl()));
    strapi.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void
      a_registered_person_is_on_the_culture_society_desk_after_the_units_and_is_scored_as_a_person() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":3,"documentId":"reg1","year":2026,"status":"submitted",
                      "unit":{"id":4,"documentId":"u1","name":"Trường Mầm non Hoa Sen","kind":"co_quan"},
                      "commitments":[
                        {"target":"100","criterion":{"id":1,"documentId":"c-a","code":"1.1.a","unitKind":"co_quan","title":"Mục tiêu","owningOffice":"van_hoa_xa_hoi","maxScore":30,"measure":"%"}}]},
                      {"id":6,"documentId":"reg2","year":2026,"status":"submitted",
                      "person":{"id":7,"documentId":"p1","fullName":"Nguyễn Thị Lan","position":"Bác sĩ","affiliation":"unit",
                        "unit":{"id":5,"documentId":"u5","name":"Trạm Y tế xã Đại Sơn"}},
                      "commitments":[
                        {"target":"2","criterion":{"id":8,"documentId":"c-p","code":"1.4.a","unitKind":"ca_nhan","title":"Sáng kiến","owningOffice":"van_hoa_xa_hoi","maxScore":60,"measure":"số sáng kiến"}}]}]"""
                        + PAGE)));
    TestUsers.signIn(PortalRole.REVIEWER, null);

    assertThat(scoring.desk(2026).units())
        .extracting(ScoringService.UnitCard::name)
        .containsExactly("Trường Mầm non Hoa Sen", "Nguyễn Thị Lan, Bác sĩ, Trạm Y tế xã Đại Sơn");
    scoring.score(2026, "p1", "c-p", points(50));

    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/scores"))
            .withRequestBody(matchingJsonPath("$.data.person", equalTo("p1")))
            .withRequestBody(matchingJsonPath("$.data.criterion", equalTo("c-p"))));
  }

  @Test
  void the_reviewer_is_the_culture_society_office_and_the_economy_role_the_economy_office() {
    assertThat(ScoringService.officeOf(PortalRole.REVIEWER)).contains(OwningOffice.VAN_HOA_XA_HOI);
    assertThat(ScoringService.officeOf(PortalRole.ECONOMY)).contains(OwningOffice.KINH_TE);
    assertThat(ScoringService.officeOf(PortalRole.COUNCIL)).isEmpty();
    assertThat(ScoringService.officeOf(PortalRole.UNIT)).isEmpty();
  }

  @Test
  void the_economy_office_cannot_score_a_culture_society_criterion() {
    TestUsers.signIn(PortalRole.ECONOMY, null);
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-a", points(20)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.other-office"));
    nothingWritten();
  }

  @Test
  void the_culture_society_office_cannot_score_the_green_criterion() {
    TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-b", points(20)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.other-office"));
    nothingWritten();
  }

  @Test
  void a_criterion_the_unit_did_not_register_cannot_be_scored() {
    TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-c", points(5)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.not-registered"));
    assertThatThrownBy(() -> scoring.score(2026, "u-unregistered", "c-a", points(5)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.not-registered"));
    nothingWritten();
  }

  @Test
  void points_over_the_criterions_maximum_are_refused() {
    TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-a", points(30.5)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.range"));
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-a", points(-1)))
        .isInstanceOf(ScoringException.class);
    nothingWritten();
  }

  @Test
  void evidence_must_be_a_file_of_the_units_own_report_or_its_own_initiative() {
    TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-a", new ScoreInput(20, "", 78L, 3, null)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.evidence-file"));
    assertThatThrownBy(
            () -> scoring.score(2026, "u1", "c-a", new ScoreInput(20, "", null, null, "i-other")))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.evidence-initiative"));
    assertThatThrownBy(
            () -> scoring.score(2026, "u1", "c-a", new ScoreInput(20, "", null, 3, null)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.page-without-file"));
    nothingWritten();
  }

  @Test
  void a_first_score_opens_the_offices_sheet_and_records_who_when_and_the_evidence() {
    TestUsers.signIn(PortalRole.REVIEWER, null);
    scoring.score(2026, "u1", "c-a", new ScoreInput(28, "  Vượt chỉ tiêu  ", 77L, 4, null));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/score-sheets"))
            .withRequestBody(matchingJsonPath("$.data.office", equalTo("van_hoa_xa_hoi")))
            .withRequestBody(matchingJsonPath("$.data.year", equalTo("2026"))));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/scores"))
            .withRequestBody(matchingJsonPath("$.data.sheet", equalTo("sheet1")))
            .withRequestBody(matchingJsonPath("$.data.unit", equalTo("u1")))
            .withRequestBody(matchingJsonPath("$.data.criterion", equalTo("c-a")))
            .withRequestBody(matchingJsonPath("$.data.points", equalTo("28.0")))
            .withRequestBody(matchingJsonPath("$.data.comment", equalTo("Vượt chỉ tiêu")))
            .withRequestBody(matchingJsonPath("$.data.evidence[0].fileId", equalTo("77")))
            .withRequestBody(matchingJsonPath("$.data.evidence[0].page", equalTo("4")))
            .withRequestBody(matchingJsonPath("$.data.scoredBy", equalTo("reviewer.test")))
            .withRequestBody(matchingJsonPath("$.data.scoredAt", equalTo("2026-12-10T02:00:00Z"))));
  }

  @Test
  void a_submitted_sheet_refuses_changes_until_it_is_reopened_with_a_reason() {
    TestUsers.signIn(PortalRole.REVIEWER, null);
    sheets(
        """
        [{"id":1,"documentId":"sheet1","office":"van_hoa_xa_hoi","year":2026,"status":"submitted",
          "submittedAt":"2026-12-05T02:00:00Z","submittedBy":"thamdinh","reopenings":[]}]""");
    assertThatThrownBy(() -> scoring.score(2026, "u1", "c-a", points(20)))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.submitted"));
    assertThatThrownBy(() -> scoring.submit(2026)).isInstanceOf(ScoringException.class);
    assertThatThrownBy(() -> scoring.reopen(2026, "   "))
        .isInstanceOfSatisfying(
            ScoringException.class,
            e -> assertThat(e.messageKey()).isEqualTo("scoring.error.reason"));
    nothingWritten();

    ScoreSheet reopened = scoring.reopen(2026, "Đơn vị bổ sung minh chứng");
    assertThat(reopened.status()).isEqualTo(SheetStatus.REOPENED);
    strapi.verify(
        putRequestedFor(urlPathEqualTo("/api/score-sheets/sheet1"))
            .withRequestBody(matchingJsonPath("$.data.status", equalTo("reopened")))
            .withRequestBody(
                matchingJsonPath("$.data.reopenings[0].actor", equalTo("reviewer.test")))
            .withRequestBody(
                matchingJsonPath("$.data.reopenings[0].at", equalTo("2026-12-10T02:00:00Z")))
            .withRequestBody(
                matchingJsonPath(
                    "$.data.reopenings[0].reason", equalTo("Đơn vị bổ sung minh chứng"))));
  }

  @Test
  void another_offices_submitted_sheet_does_not_freeze_this_one() {
    // The Economy office's own sheet is open; Strapi is asked for that office's sheet only.
    TestUsers.signIn(PortalRole.ECONOMY, null);
    scoring.score(2026, "u1", "c-b", points(20));
    strapi.verify(
        WireMock.getRequestedFor(urlPathEqualTo("/api/score-sheets"))
            .withQueryParam("filters[office][$eq]", equalTo("kinh_te")));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/scores"))
            .withRequestBody(matchingJsonPath("$.data.criterion", equalTo("c-b"))));
  }

  @Test
  void the_ranking_counts_submitted_sheets_of_both_offices_against_the_threshold_in_strapi() {
    TestUsers.signIn(PortalRole.COUNCIL, null);
    sheets(
        """
        [{"id":1,"documentId":"sh-vh","office":"van_hoa_xa_hoi","year":2026,"status":"submitted"},
         {"id":2,"documentId":"sh-kt","office":"kinh_te","year":2026,"status":"submitted"}]""");
    strapi.stubFor(
        get(urlPathEqualTo("/api/scores"))
            .willReturn(
                okJson(
                    """
                    {"data":[
                      {"id":1,"documentId":"s1","year":2026,"points":28,"sheet":{"documentId":"sh-vh","office":"van_hoa_xa_hoi"},
                       "unit":{"id":4,"documentId":"u1","name":"Trường Mầm non Hoa Sen","kind":"co_quan"},"criterion":{"id":1,"documentId":"c-a","title":"a"}},
                      {"id":2,"documentId":"s2","year":2026,"points":22,"sheet":{"documentId":"sh-kt","office":"kinh_te"},
                       "unit":{"id":4,"documentId":"u1","name":"Trường Mầm non Hoa Sen","kind":"co_quan"},"criterion":{"id":2,"documentId":"c-b","title":"b"}}]"""
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/criteria"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":1,"documentId":"c-a","unitKind":"co_quan","title":"a","maxScore":30},
                             {"id":2,"documentId":"c-b","unitKind":"co_quan","title":"b","maxScore":25},
                             {"id":3,"documentId":"c-c","unitKind":"co_quan","title":"c","maxScore":25},
                             {"id":4,"documentId":"c-d","unitKind":"co_quan","title":"d","maxScore":20}]"""
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":1,\"documentId\":\"s\",\"eligibilityThresholdPercent\":50}}")));

    List<RankingService.RankedSubject> lines = ranking.ranking(2026, UnitKind.CO_QUAN);
    assertThat(lines).hasSize(1);
    RankingService.RankedSubject line = lines.getFirst();
    assertThat(line.total()).isEqualTo(50);
    assertThat(line.maxTotal()).isEqualTo(100);
    assertThat(line.rank()).isEqualTo(1);
    assertThat(line.eligible()).as("50 of 100 at a threshold of 50 %").isTrue();
    assertThat(line.byOffice())
        .containsEntry(OwningOffice.VAN_HOA_XA_HOI, 28.0)
        .containsEntry(OwningOffice.KINH_TE, 22.0);
    strapi.verify(
        WireMock.getRequestedFor(urlPathEqualTo("/api/scores"))
            .withQueryParam("filters[sheet][documentId][$in][0]", equalTo("sh-vh"))
            .withQueryParam("filters[sheet][documentId][$in][1]", equalTo("sh-kt")));
  }

  @Test
  void the_council_proposes_from_the_same_ranking_with_registered_persons_of_their_own_kind() {
    TestUsers.signIn(PortalRole.COUNCIL, null);
    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .willReturn(
                okJson(
                    """
                    {"data":[
                      {"id":3,"documentId":"reg1","year":2026,"status":"submitted",
                       "unit":{"id":4,"documentId":"u1","name":"Trường Mầm non Hoa Sen","kind":"co_quan"}},
                      {"id":5,"documentId":"reg2","year":2026,"status":"submitted",
                       "person":{"id":7,"documentId":"p1","fullName":"Nguyễn Thị Lan","affiliation":"unit"}},
                      {"id":6,"documentId":"reg3","year":2026,"status":"submitted",
                       "person":{"id":8,"documentId":"p2","fullName":"Phạm Văn Hải","affiliation":"other"}}]"""
                        + PAGE)));
    sheets(
        """
        [{"id":1,"documentId":"sh-vh","office":"van_hoa_xa_hoi","year":2026,"status":"submitted"}]""");
    strapi.stubFor(
        get(urlPathEqualTo("/api/scores"))
            .willReturn(
                okJson(
                    """
                    {"data":[
                      {"id":1,"documentId":"s1","year":2026,"points":9,"sheet":{"documentId":"sh-vh","office":"van_hoa_xa_hoi"},
                       "person":{"id":7,"documentId":"p1","fullName":"Nguyễn Thị Lan"},"criterion":{"id":9,"documentId":"c-p","title":"p"}},
                      {"id":2,"documentId":"s2","year":2026,"points":3,"sheet":{"documentId":"sh-vh","office":"van_hoa_xa_hoi"},
                       "person":{"id":8,"documentId":"p2","fullName":"Phạm Văn Hải"},"criterion":{"id":9,"documentId":"c-p","title":"p"}}]"""
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/criteria"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":1,"documentId":"c-a","unitKind":"co_quan","title":"a","maxScore":30},
                             {"id":9,"documentId":"c-p","unitKind":"ca_nhan","title":"p","maxScore":10}]"""
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":1,\"documentId\":\"s\",\"eligibilityThresholdPercent\":80}}")));

    List<RankingService.RankedSubject> persons = ranking.ranking(2026, UnitKind.CA_NHAN);
    assertThat(persons)
        .extracting(RankingService.RankedSubject::name, RankingService.RankedSubject::rank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Nguyễn Thị Lan", 1),
            org.assertj.core.groups.Tuple.tuple("Phạm Văn Hải", 2));
    assertThat(persons.getFirst().maxTotal()).isEqualTo(10);

    List<vn.thidua.portal.meeting.CandidateSource.Candidate> eligible = ranking.eligible(2026);
    assertThat(eligible)
        .as("9 of 10 reaches 80 %%, 3 of 10 and the unscored unit do not")
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.personDocumentId()).isEqualTo("p1");
              assertThat(c.unitDocumentId()).isNull();
              assertThat(c.key()).isEqualTo("person:p1");
              assertThat(c.kind()).isEqualTo(UnitKind.CA_NHAN);
            });
    assertThat(ranking.candidates(2026))
        .extracting(vn.thidua.portal.meeting.CandidateSource.Candidate::key)
        .containsExactly("unit:u1", "person:p1", "person:p2");
  }

  @Test
  void a_unit_cannot_read_the_ranking_nor_the_candidates() {
    TestUsers.signIn(PortalRole.UNIT, "u1");
    assertThatThrownBy(() -> ranking.candidates(2026))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void a_reopened_sheet_does_not_count_until_it_is_submitted_again() {
    TestUsers.signIn(PortalRole.ECONOMY, null);
    sheets(
        """
        [{"id":1,"documentId":"sh-vh","office":"van_hoa_xa_hoi","year":2026,"status":"reopened"}]""");
    strapi.stubFor(get(urlPathEqualTo("/api/criteria")).willReturn(okJson("{\"data\":[]" + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(okJson("{\"data\":{\"id\":1,\"documentId\":\"s\"}}")));
    RankingService.Standing standing = ranking.standing(2026);
    assertThat(standing.sheets())
        .containsEntry(OwningOffice.VAN_HOA_XA_HOI, SheetStatus.REOPENED)
        .containsEntry(OwningOffice.KINH_TE, SheetStatus.OPEN);
    assertThat(standing.complete()).isFalse();
    assertThat(standing.thresholdPercent()).isEqualTo(Eligibility.DEFAULT_PERCENT);
    assertThat(standing.byKind().get(UnitKind.CO_QUAN).getFirst().total()).isZero();
    strapi.verify(0, WireMock.getRequestedFor(urlPathEqualTo("/api/scores")));
  }
}
