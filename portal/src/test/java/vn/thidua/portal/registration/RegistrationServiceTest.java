package vn.thidua.portal.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.registration.RegistrationWindow.Phase;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;

/**
 * Registration against a WireMock Strapi: the unit reads only its own, writes only in the window
 * and only until it submits; the submission is stamped by the portal's clock.
 */
class RegistrationServiceTest {

  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  /** 10 March 2026, 09:00 in Vietnam: inside the plan's window. */
  private static final Clock IN_WINDOW = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), VN);

  /** 1 April 2026, 00:30 in Vietnam (still 31 March in UTC): the window has closed. */
  private static final Clock AFTER = Clock.fixed(Instant.parse("2026-03-31T17:30:00Z"), VN);

  private static final String FORM = "Khen thưởng theo thẩm quyền";

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());

  @BeforeEach
  void setUp() {
    strapi.start();
    strapi.stubFor(
        get(urlPathEqualTo("/api/units/unitA"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":2,\"documentId\":\"unitA\",\"name\":\"HTX Đông Sơn\","
                        + "\"kind\":\"doanh_nghiep\"}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"s1","registrationOpensDay":1,"registrationOpensMonth":1,
                      "registrationClosesDay":31,"registrationClosesMonth":3,
                      "activeCampaign":{"awardForms":[{"stage":"annual","name":"%s","order":1}]}}}
                    """
                        .formatted(FORM))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/criteria"))
            .willReturn(
                okJson(
                    """
                    {"data":[
                      {"id":7,"documentId":"c-a","code":"1.3.a","unitKind":"doanh_nghiep","title":"Tầm nhìn","maxScore":20,"order":7},
                      {"id":8,"documentId":"c-b","code":"1.3.b","unitKind":"doanh_nghiep","title":"Giải pháp","maxScore":30,"measure":"số giải pháp","order":8}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":2}}}
                    """)));
    strapi.stubFor(
        post(urlPathEqualTo("/api/registrations"))
            .willReturn(okJson("{\"data\":{\"id\":5,\"documentId\":\"reg1\"}}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/registrations/reg1"))
            .willReturn(okJson("{\"data\":{\"id\":5,\"documentId\":\"reg1\"}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations/reg1"))
            .willReturn(okJson("{\"data\":{\"id\":5,\"documentId\":\"reg1\",\"year\":2026}}")));
    existing(null);
    TestUsers.signIn(PortalRole.UNIT, "unitA");
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    strapi.stop();
  }

  private void existing(@Nullable String status) {
    String data =
        status == null
            ? "[]"
            : "[{\"id\":5,\"documentId\":\"reg1\",\"year\":2026,\"status\":\"%s\",\"unit\":{\"id\":2,\"documentId\":\"unitA\",\"name\":\"HTX\"}}]"
                .formatted(status);
    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .willReturn(
                okJson(
                    "{\"data\":"
                        + data
                        + ",\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":1,\"pageCount\":1,\"total\":1}}}")));
  }

  private RegistrationService service(Clock clock) throws Exception {
    // Generous timeouts: the first request of a cold JVM on a busy machine can take seconds.
    URI url = URI.create(strapi.baseUrl());
    StrapiProperties base = TestBeans.strapiProperties(url);
    StrapiProperties patient =
        new StrapiProperties(
            url,
            url,
            base.token(),
            Duration.ofSeconds(20),
            Duration.ofSeconds(20),
            Duration.ofSeconds(20),
            1,
            Duration.ZERO,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            10);
    return TestBeans.make(
        RegistrationService.class,
        StrapiClient.create(patient, clock),
        TestUsers.currentUser(),
        clock);
  }

  private static RegistrationForm form(String target) {
    Map<String, @Nullable String> m = new LinkedHashMap<>();
    m.put("c-a", null);
    m.put("c-b", target);
    return new RegistrationForm(m, FORM);
  }

  @Test
  void the_culture_society_office_registers_a_person_submitted_at_once_and_only_once()
      throws Exception {
    strapi.stubFor(
        get(urlPathEqualTo("/api/people"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":3,"documentId":"p1","fullName":"Phạm Văn Hải","position":"Nông dân",
                      "affiliation":"other","otherAffiliation":"Thôn Bắc Sơn"}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));
    TestUsers.signIn(PortalRole.REVIEWER, null);
    RegistrationService service = service(IN_WINDOW);

    service.registerPerson("p1", form("2"));

    strapi.verify(
        getRequestedFor(urlPathEqualTo("/api/criteria"))
            .withQueryParam("filters[unitKind][$eq]", equalTo("ca_nhan")));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/registrations"))
            .withRequestBody(matchingJsonPath("$.data.person", equalTo("p1")))
            .withRequestBody(matchingJsonPath("$.data.status", equalTo("submitted")))
            .withRequestBody(matchingJsonPath("$.data.submittedBy", WireMock.containing(".test")))
            .withRequestBody(matchingJsonPath("$.data.unit", WireMock.absent())));

    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":5,"documentId":"reg1","year":2026,"status":"submitted",
                      "person":{"id":3,"documentId":"p1","fullName":"Phạm Văn Hải"}}],
                     "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
                    """)));
    assertThatThrownBy(() -> service.registerPerson("p1", form("2")))
        .isInstanceOfSatisfying(
            RegistrationException.class,
            e -> assertThat(e.messageKey()).isEqualTo("registration.error.submitted"));
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/registrations")));
  }

  @Test
  void a_unit_reads_its_own_registration_of_this_year_only() throws Exception {
    RegistrationService.Desk desk = service(IN_WINDOW).myDesk();
    assertThat(desk.phase()).isEqualTo(Phase.OPEN);
    assertThat(desk.criteria()).extracting(PlanCriterion::code).containsExactly("1.3.a", "1.3.b");
    strapi.verify(
        getRequestedFor(urlPathEqualTo("/api/registrations"))
            .withQueryParam("filters[unit][documentId][$eq]", equalTo("unitA"))
            .withQueryParam("filters[year][$eq]", equalTo("2026")));
    strapi.verify(
        0,
        getRequestedFor(urlPathEqualTo("/api/registrations"))
            .withQueryParam("filters[unit][documentId][$eq]", WireMock.notContaining("unitA")));
    strapi.verify(
        getRequestedFor(urlPathEqualTo("/api/criteria"))
            .withQueryParam("filters[unitKind][$eq]", equalTo("doanh_nghiep")));
  }

  @Test
  void in_the_window_a_first_save_creates_a_draft_of_the_signed_in_unit() throws Exception {
    service(IN_WINDOW).save(form(""));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/registrations"))
            .withRequestBody(matchingJsonPath("$.data.unit", equalTo("unitA")))
            .withRequestBody(matchingJsonPath("$.data.year", equalTo("2026")))
            .withRequestBody(matchingJsonPath("$.data.status", equalTo("draft")))
            .withRequestBody(matchingJsonPath("$.data.awardStage", equalTo("annual")))
            .withRequestBody(matchingJsonPath("$.data.commitments[0].criterion", equalTo("c-a"))));
  }

  @Test
  void submitting_stamps_the_time_from_the_portals_clock() throws Exception {
    existing("draft");
    service(IN_WINDOW).submit(form("3"));
    strapi.verify(
        putRequestedFor(urlPathEqualTo("/api/registrations/reg1"))
            .withRequestBody(matchingJsonPath("$.data.status", equalTo("submitted")))
            .withRequestBody(
                matchingJsonPath("$.data.submittedAt", equalTo("2026-03-10T02:00:00Z")))
            .withRequestBody(matchingJsonPath("$.data.commitments[1].target", equalTo("3"))));
  }

  @Test
  void after_the_window_nothing_is_written_and_the_unit_is_told_when_it_was() throws Exception {
    RegistrationService service = service(AFTER);
    assertThat(service.myDesk().phase()).isEqualTo(Phase.CLOSED);
    assertThatThrownBy(() -> service.save(form("3")))
        .isInstanceOfSatisfying(
            RegistrationException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("registration.error.closed");
              assertThat(e.args()).containsExactly("01/01/2026", "31/03/2026");
            });
    strapi.verify(0, postRequestedFor(anyUrl()));
    strapi.verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void a_submitted_registration_is_never_changed_again() throws Exception {
    existing("submitted");
    RegistrationService service = service(IN_WINDOW);
    assertThat(service.myDesk().editable()).isFalse();
    assertThatThrownBy(() -> service.save(form("4"))).hasMessage("registration.error.submitted");
    assertThatThrownBy(() -> service.submit(form("4"))).hasMessage("registration.error.submitted");
    strapi.verify(0, putRequestedFor(anyUrl()));
    strapi.verify(0, postRequestedFor(anyUrl()));
    assertThat(strapi.findAll(anyRequestedFor(urlPathMatching("/api/registrations/.*")))).isEmpty();
  }
}
