package vn.thidua.portal.council;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.model.Stage;

/** A proposal cites evidence picked from the recipient unit's own initiatives and reports. */
class AwardDeskTest {

  @TempDir Path spoolDir;
  private final WireMockServer strapiServer = new WireMockServer(wireMockConfig().dynamicPort());
  private AwardDesk desk;
  private TestBeans.Reports reports;

  @BeforeEach
  void setUp() throws Exception {
    strapiServer.start();
    StrapiClient strapi = TestBeans.strapi(URI.create(strapiServer.baseUrl()));
    CurrentUser currentUser = TestUsers.currentUser();
    reports = TestBeans.reports(strapi, TestBeans.deadIndexer(), currentUser, spoolDir);
    desk = TestBeans.make(AwardDesk.class, strapi, reports.service(), currentUser, TestBeans.CLOCK);
    strapiServer.stubFor(get(urlPathEqualTo("/api/campaigns")).willReturn(okJson("{\"data\":[]}")));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/initiatives"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":1,"documentId":"iA","title":"Mã QR tra cứu hồ sơ","year":2026,
                      "reviewStatus":"verified","unit":{"id":2,"documentId":"uA","name":"HTX"}}]}
                    """)));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":5,"documentId":"rA","title":"Báo cáo","year":2026,
                      "number":"156/BC-HTX","status":"accepted",
                      "unit":{"id":2,"documentId":"uA","name":"HTX"}}]}
                    """)));
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/awards"))
            .willReturn(okJson("{\"data\":{\"id\":8,\"documentId\":\"a8\"}}")));
    TestUsers.signIn(PortalRole.COUNCIL, null);
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    reports.close();
    strapiServer.stop();
  }

  private static AwardDesk.Proposal proposal(
      String unit, String person, List<String> initiatives, List<String> reports) {
    return new AwardDesk.Proposal(
        unit,
        person,
        Stage.MID_TERM,
        2027,
        "Bằng khen của UBND thành phố",
        "Sơ kết Giai đoạn 1",
        initiatives,
        reports);
  }

  @Test
  void a_mid_term_proposal_offers_the_units_evidence_from_the_campaigns_first_year() {
    AwardDesk.Evidence evidence = desk.evidenceOf("uA", Stage.MID_TERM, 2027);

    assertThat(evidence.initiatives()).extracting(i -> i.documentId()).containsExactly("iA");
    assertThat(evidence.reports()).extracting(r -> r.number()).containsExactly("156/BC-HTX");
    strapiServer.verify(
        getRequestedFor(urlPathEqualTo("/api/initiatives"))
            .withQueryParam("filters[unit][documentId][$eq]", equalTo("uA"))
            .withQueryParam("filters[year][$gte]", equalTo("2026"))
            .withQueryParam("filters[year][$lte]", equalTo("2027")));
  }

  @Test
  void an_annual_proposal_offers_the_evidence_of_its_year_only() {
    desk.evidenceOf("uA", Stage.ANNUAL, 2027);

    strapiServer.verify(
        getRequestedFor(urlPathEqualTo("/api/reports"))
            .withQueryParam("filters[year][$gte]", equalTo("2027"))
            .withQueryParam("filters[year][$lte]", equalTo("2027")));
  }

  @Test
  void a_proposal_keeps_the_picked_initiatives_and_reports() {
    desk.propose(proposal("uA", null, List.of("iA"), List.of("rA")));

    strapiServer.verify(
        postRequestedFor(urlPathEqualTo("/api/awards"))
            .withQueryParam("status", equalTo("draft"))
            .withRequestBody(matchingJsonPath("$.data.recipientUnit", equalTo("uA")))
            .withRequestBody(matchingJsonPath("$.data.initiatives", equalToJson("[\"iA\"]")))
            .withRequestBody(matchingJsonPath("$.data.reports", equalToJson("[\"rA\"]")))
            .withRequestBody(matchingJsonPath("$.data.decisionStatus", equalTo("proposed"))));
  }

  @Test
  void the_forms_of_a_stage_are_the_plans_list_then_the_forms_its_decisions_already_use() {
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/campaigns"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":1,"documentId":"c1","title":"KH","awardForms":[
                      {"stage":"final","name":"Giấy khen","order":4},
                      {"stage":"annual","name":"Khen thưởng theo thẩm quyền","order":1},
                      {"stage":"final","name":"Bằng khen của Thủ tướng Chính phủ","order":1}],
                     "phases":[
                      {"name":"Giai đoạn 1","reviewKind":"mid_term","reviewYear":2027},
                      {"name":"Giai đoạn 2","reviewKind":"final","reviewYear":2030}]}]}
                    """)));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/awards"))
            .withQueryParam("filters[stage][$eq]", equalTo("annual"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":4,"documentId":"a4","form":"Giấy khen của Chủ tịch UBND xã"},
                      {"id":5,"documentId":"a5","form":"Khen thưởng theo thẩm quyền"}]}
                    """)));
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/awards"))
            .withQueryParam("filters[stage][$eq]", equalTo("final"))
            .willReturn(okJson("{\"data\":[]}")));

    assertThat(desk.forms(Stage.ANNUAL))
        .containsExactly("Khen thưởng theo thẩm quyền", "Giấy khen của Chủ tịch UBND xã");
    assertThat(desk.forms(Stage.FINAL))
        .containsExactly("Bằng khen của Thủ tướng Chính phủ", "Giấy khen");
    assertThat(desk.yearOf(Stage.MID_TERM)).isEqualTo(2027);
    assertThat(desk.yearOf(Stage.FINAL)).isEqualTo(2030);
    assertThat(desk.yearOf(Stage.ANNUAL)).as("this year, by the clock").isEqualTo(2026);
  }

  @Test
  void a_persons_proposal_points_at_the_person_and_names_them_with_position_and_unit() {
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/people/pA"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":3,"documentId":"pA","fullName":"Nguyễn Thị Lan",
                      "position":"Bác sĩ","affiliation":"unit",
                      "unit":{"id":2,"documentId":"uA","name":"Trạm Y tế xã Đại Sơn"}}}
                    """)));

    desk.propose(proposal(null, "pA", List.of(), List.of()));

    strapiServer.verify(
        postRequestedFor(urlPathEqualTo("/api/awards"))
            .withRequestBody(matchingJsonPath("$.data.recipient", equalTo("pA")))
            .withRequestBody(
                matchingJsonPath(
                    "$.data.recipientPerson",
                    equalTo("Nguyễn Thị Lan, Bác sĩ, Trạm Y tế xã Đại Sơn")))
            .withRequestBody(matchingJsonPath("$.data.recipientUnit", absent())));
  }

  @Test
  void evidence_that_is_not_the_units_own_is_refused_and_nothing_is_written() {
    assertThatThrownBy(() -> desk.propose(proposal("uA", null, List.of("iB"), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iB");
    assertThatThrownBy(() -> desk.propose(proposal("uA", null, List.of(), List.of("rB"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> desk.propose(proposal(null, "pA", List.of("iA"), List.of())))
        .as("a person's proposal cites no unit's evidence")
        .isInstanceOf(IllegalArgumentException.class);

    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/awards")));
  }
}
