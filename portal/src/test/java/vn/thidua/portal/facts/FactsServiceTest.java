package vn.thidua.portal.facts;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.model.InitiativeField;

/**
 * Decisions on facts against a Strapi and an indexer played by WireMock: a fact decided again
 * updates its entry, a confirmed initiative the unit already has is linked rather than made again,
 * and nothing the indexer did not read from the file can be confirmed.
 */
class FactsServiceTest {

  @TempDir Path spoolDir;
  private final WireMockServer strapiServer = new WireMockServer(wireMockConfig().dynamicPort());
  private final WireMockServer indexerServer = new WireMockServer(wireMockConfig().dynamicPort());
  private FactsService facts;
  private TestBeans.Reports reports;

  private static final String FACT =
      """
      {"id":%d,"documentId":"f1","factKey":"k","kind":"indicator","decision":"confirmed",
       "name":"Số buổi tập huấn","value":26,"decidedBy":"thamdinh",
       "decidedAt":"2026-11-24T03:00:00Z"}
      """;

  @BeforeEach
  void setUp() throws Exception {
    strapiServer.start();
    indexerServer.start();
    URI url = URI.create(strapiServer.baseUrl());
    StrapiClient strapi = TestBeans.strapi(url);
    CurrentUser currentUser = TestUsers.currentUser();
    IndexerClient indexer = TestBeans.indexer(URI.create(indexerServer.baseUrl()));
    reports = TestBeans.reports(strapi, indexer, currentUser, spoolDir);
    facts =
        TestBeans.make(
            FactsService.class,
            reports.service(),
            strapi,
            indexer,
            currentUser,
            TestBeans.CLOCK,
            TestBeans.make(vn.thidua.portal.registration.RegisteredTargets.class, strapi),
            TestBeans.plans(strapi, TestBeans.CLOCK));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports/r1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":5,"documentId":"r1","title":"Báo cáo","year":2026,
                      "status":"submitted",
                      "unit":{"id":2,"documentId":"u2","name":"Trạm Y tế xã Đại Sơn",
                              "kind":"co_quan"},
                      "files":[{"id":7,"documentId":"m7","name":"r01-009.pdf",
                                "url":"/uploads/x.pdf"}]}}
                    """)));
    indexerServer.stubFor(
        get(urlPathEqualTo("/api/files/7/facts"))
            .willReturn(
                okJson(
                    """
                    {"reportNumber":"200/BC-CTC","reportDate":"2026-11-06",
                     "indicators":[{"name":"Số buổi tập huấn","unit":"buổi","value":26,
                                    "page":1,"uncertain":false}],
                     "initiatives":[{"title":"Ứng dụng chế phẩm sinh học",
                                     "field":"khoa_hoc_cong_nghe","detail":"669 hộ","page":1}],
                     "criteria":[],"uncertain":[]}
                    """)));
    strapiServer.stubFor(
        get(urlPathMatching("/api/report-facts/f1"))
            .willReturn(okJson("{\"data\":" + FACT.formatted(9) + "}")));
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/report-facts"))
            .willReturn(okJson("{\"data\":" + FACT.formatted(9) + "}")));
    strapiServer.stubFor(
        put(urlPathEqualTo("/api/report-facts/f1"))
            .willReturn(okJson("{\"data\":" + FACT.formatted(9) + "}")));
    TestUsers.signIn(PortalRole.REVIEWER, null);
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    reports.close();
    strapiServer.stop();
    indexerServer.stop();
  }

  private void existingFacts(String data) {
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/report-facts"))
            .willReturn(
                okJson(
                    "{\"data\":["
                        + data
                        + "],\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":1,"
                        + "\"pageCount\":1,\"total\":1}}}")));
  }

  @Test
  void a_first_confirmation_creates_the_fact_with_its_file_page_and_who_decided() {
    existingFacts("");

    facts.decideIndicator("r1", 7, "Số buổi tập huấn", 1, FactDecision.CONFIRMED, null);

    strapiServer.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/report-facts"))
            .withRequestBody(matchingJsonPath("$.data.factKey", containing("r1|7|indicator|")))
            .withRequestBody(matchingJsonPath("$.data.fileName", equalTo("r01-009.pdf")))
            .withRequestBody(matchingJsonPath("$.data.page", equalTo("1")))
            .withRequestBody(matchingJsonPath("$.data.value", equalTo("26")))
            .withRequestBody(matchingJsonPath("$.data.unitKind", equalTo("co_quan")))
            .withRequestBody(matchingJsonPath("$.data.decidedBy", equalTo("reviewer.test"))));
  }

  @Test
  void a_fact_decided_again_updates_its_entry_and_creates_nothing() {
    existingFacts(FACT.formatted(9));

    facts.decideIndicator(
        "r1", 7, "Số buổi tập huấn", 1, FactDecision.CORRECTED, new BigDecimal("30"));

    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/report-facts")));
    strapiServer.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/report-facts/f1"))
            .withRequestBody(matchingJsonPath("$.data.decision", equalTo("corrected")))
            .withRequestBody(matchingJsonPath("$.data.value", equalTo("30")))
            .withRequestBody(matchingJsonPath("$.data.readValue", equalTo("26"))));
  }

  @Test
  void a_confirmed_initiative_the_unit_already_has_is_linked_not_made_again() {
    existingFacts("");
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/initiatives"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":3,"documentId":"i3","title":"ứng dụng  chế phẩm sinh học"}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));

    facts.decideInitiative(
        "r1", 7, "Ứng dụng chế phẩm sinh học", 1, FactDecision.CONFIRMED, null, null);

    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/initiatives")));
    strapiServer.verify(
        postRequestedFor(urlPathEqualTo("/api/report-facts"))
            .withRequestBody(matchingJsonPath("$.data.initiative", equalTo("i3")))
            .withRequestBody(matchingJsonPath("$.data.field", equalTo("khoa_hoc_cong_nghe"))));
  }

  @Test
  void a_new_confirmed_initiative_becomes_a_draft_of_the_unit_linked_to_the_report() {
    existingFacts("");
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/initiatives"))
            .willReturn(
                okJson(
                    "{\"data\":[],\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":100,"
                        + "\"pageCount\":0,\"total\":0}}}")));
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/initiatives"))
            .willReturn(okJson("{\"data\":{\"id\":4,\"documentId\":\"i4\",\"title\":\"t\"}}")));

    facts.decideInitiative(
        "r1",
        7,
        "Ứng dụng chế phẩm sinh học",
        1,
        FactDecision.CONFIRMED,
        "Ứng dụng chế phẩm sinh học xử lý chất thải",
        InitiativeField.CHUYEN_DOI_XANH);

    strapiServer.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/initiatives"))
            .withQueryParam("status", equalTo("draft"))
            .withRequestBody(matchingJsonPath("$.data.unit", equalTo("u2")))
            .withRequestBody(matchingJsonPath("$.data.report", equalTo("r1")))
            .withRequestBody(matchingJsonPath("$.data.field", equalTo("chuyen_doi_xanh"))));
    strapiServer.verify(
        postRequestedFor(urlPathEqualTo("/api/report-facts"))
            .withRequestBody(matchingJsonPath("$.data.decision", equalTo("corrected")))
            .withRequestBody(matchingJsonPath("$.data.initiative", equalTo("i4"))));
  }

  @Test
  void a_figure_the_indexer_did_not_read_from_the_file_cannot_be_confirmed() {
    existingFacts("");

    assertThatThrownBy(
            () ->
                facts.decideIndicator(
                    "r1", 7, "Số hộ được hỗ trợ", 1, FactDecision.CONFIRMED, null))
        .isInstanceOf(FactsException.class)
        .extracting(e -> ((FactsException) e).messageKey())
        .isEqualTo("facts.error.not-read");
    assertThatThrownBy(
            () ->
                facts.decideIndicator("r1", 8, "Số buổi tập huấn", 1, FactDecision.CONFIRMED, null))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/report-facts")));
    assertThat(strapiServer.findAll(postRequestedFor(urlPathMatching(".*")))).isEmpty();
  }

  @Test
  void a_correction_without_a_value_is_refused() {
    existingFacts("");
    assertThatThrownBy(
            () ->
                facts.decideIndicator("r1", 7, "Số buổi tập huấn", 1, FactDecision.CORRECTED, null))
        .isInstanceOf(FactsException.class);
    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/report-facts")));
  }

  @Test
  void the_public_figures_are_those_of_accepted_reports_with_the_units_targets_beside_them() {
    TestUsers.signOut();
    // No active plan: the plan's years 2026–2030.
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/campaigns"))
            .willReturn(
                okJson(
                    "{\"data\":[],\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":25,"
                        + "\"pageCount\":0,\"total\":0}}}")));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/report-facts"))
            .withQueryParam("filters[report][status][$eq]", equalTo("accepted"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":1,"documentId":"f1","factKey":"k1","kind":"indicator",
                      "decision":"confirmed","year":2026,"unitKind":"co_quan",
                      "unit":{"documentId":"u2","name":"Văn phòng HĐND và UBND xã"},
                      "name":"Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến","measure":"%",
                      "value":96,"decidedBy":"thamdinh","decidedAt":"2026-11-24T03:00:00Z"}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .withQueryParam("filters[status][$eq]", equalTo("submitted"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":3,"documentId":"g3","year":2026,"status":"submitted",
                      "unit":{"documentId":"u2","name":"Văn phòng HĐND và UBND xã",
                              "kind":"co_quan"},
                      "commitments":[
                        {"criterion":{"code":"1.1.c","measure":"% thủ tục hành chính trực tuyến",
                          "indicator":"Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"},
                         "target":"90"},
                        {"criterion":{"code":"1.1.d","measure":null,"indicator":null},
                         "target":null}]}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));

    RollUp figures = facts.publicRollUp().value();

    RollUp.Line all = figures.lines().getLast();
    assertThat(all.indicator()).isEqualTo("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến");
    assertThat(all.values().get(2026)).isEqualByComparingTo("96");
    assertThat(all.targets().get(2026)).isEqualByComparingTo("90");
    assertThat(figures.targetOf(figures.figures().getFirst()))
        .map(RollUp.Target::text)
        .contains("90");
    // Only accepted reports' facts were asked for: the filter went with every read.
    strapiServer.verify(
        0,
        com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/report-facts"))
            .withQueryParam(
                "filters[report][status][$eq]",
                com.github.tomakehurst.wiremock.client.WireMock.absent()));
  }
}
