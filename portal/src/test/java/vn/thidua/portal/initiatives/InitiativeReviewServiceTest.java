package vn.thidua.portal.initiatives;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.strapi.model.InitiativeReview.Action;

/**
 * The initiative review against a WireMock Strapi: each step writes what the public must see, and
 * leaves its trail entry; a step the status does not allow writes nothing.
 */
class InitiativeReviewServiceTest {

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private InitiativeReviewService service;

  @BeforeEach
  void setUp() throws Exception {
    strapi.start();
    service =
        TestBeans.make(
            InitiativeReviewService.class,
            TestBeans.strapi(URI.create(strapi.baseUrl())),
            TestUsers.currentUser(),
            TestBeans.CLOCK);
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiative-reviews"))
            .willReturn(okJson("{\"data\":[],\"meta\":{}}")));
    strapi.stubFor(
        post(urlPathEqualTo("/api/initiative-reviews"))
            .willReturn(okJson("{\"data\":{\"id\":1,\"documentId\":\"t1\"}}")));
    TestUsers.signIn(PortalRole.REVIEWER, null);
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    strapi.stop();
  }

  private void initiative(String status, boolean published) {
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiatives/i1"))
            .withQueryParam("status", equalTo("draft"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":4,"documentId":"i1","title":"Sổ tưới tiêu điện tử",
                      "reviewStatus":"%s",
                      "unit":{"id":2,"documentId":"unitA","name":"HTX Đông Sơn"},
                      "evidence":[{"id":31,"documentId":"m31","name":"anh.pdf","url":"/uploads/anh.pdf"}]}}
                    """
                        .formatted(status))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiatives"))
            .withQueryParam("filters[documentId][$eq]", equalTo("i1"))
            .willReturn(
                okJson(
                    published
                        ? "{\"data\":[{\"id\":9,\"documentId\":\"i1\",\"title\":\"Sổ\"}]}"
                        : "{\"data\":[]}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/initiatives/i1"))
            .willReturn(okJson("{\"data\":{\"id\":4,\"documentId\":\"i1\",\"title\":\"Sổ\"}}")));
    strapi.stubFor(
        post(urlPathEqualTo("/api/initiatives/i1/unpublish"))
            .willReturn(okJson("{\"data\":{\"documentId\":\"i1\"}}")));
  }

  @Test
  void verifying_a_public_initiative_publishes_its_new_status_and_records_who_did_it() {
    initiative("registered", true);

    service.decide("i1", Action.VERIFY, "Minh chứng đủ");

    strapi.verify(
        putRequestedFor(urlPathEqualTo("/api/initiatives/i1"))
            .withQueryParam("status", absent())
            .withRequestBody(equalToJson("{\"data\":{\"reviewStatus\":\"verified\"}}")));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/initiative-reviews"))
            .withRequestBody(matchingJsonPath("$.data.initiativeDocumentId", equalTo("i1")))
            .withRequestBody(matchingJsonPath("$.data.action", equalTo("verify")))
            .withRequestBody(matchingJsonPath("$.data.actor", equalTo("reviewer.test")))
            .withRequestBody(matchingJsonPath("$.data.comment", equalTo("Minh chứng đủ"))));
  }

  @Test
  void verifying_an_initiative_the_public_does_not_see_keeps_it_a_draft() {
    initiative("registered", false);

    service.decide("i1", Action.VERIFY, "");

    strapi.verify(
        putRequestedFor(urlPathEqualTo("/api/initiatives/i1"))
            .withQueryParam("status", equalTo("draft")));
  }

  @Test
  void returning_a_public_initiative_takes_it_down_and_sends_it_back_to_registered() {
    initiative("verified", true);

    service.decide("i1", Action.RETURN, "Bổ sung ảnh chụp");

    strapi.verify(postRequestedFor(urlPathEqualTo("/api/initiatives/i1/unpublish")));
    strapi.verify(
        putRequestedFor(urlPathEqualTo("/api/initiatives/i1"))
            .withQueryParam("status", equalTo("draft"))
            .withRequestBody(equalToJson("{\"data\":{\"reviewStatus\":\"registered\"}}")));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/initiative-reviews"))
            .withRequestBody(matchingJsonPath("$.data.action", equalTo("return")))
            .withRequestBody(matchingJsonPath("$.data.comment", equalTo("Bổ sung ảnh chụp"))));
  }

  @Test
  void a_step_the_status_does_not_allow_writes_nothing() {
    initiative("registered", false);

    assertThatThrownBy(() -> service.decide("i1", Action.PUBLISH, ""))
        .isInstanceOf(InitiativeReviewException.class);
    assertThatThrownBy(() -> service.decide("i1", Action.RETURN, " "))
        .isInstanceOf(InitiativeReviewException.class);

    strapi.verify(0, putRequestedFor(anyUrl()));
    strapi.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void a_unit_reads_the_trail_of_its_own_initiative_only() {
    initiative("registered", false);

    TestUsers.signIn(PortalRole.UNIT, "unitA");
    assertThat(service.trail("i1")).isEmpty();

    TestUsers.signIn(PortalRole.UNIT, "unitB");
    assertThatThrownBy(() -> service.trail("i1")).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void evidence_is_downloaded_only_when_it_is_the_initiatives_own() {
    initiative("registered", false);
    strapi.stubFor(
        get(urlPathEqualTo("/uploads/anh.pdf"))
            .willReturn(aResponse().withStatus(200).withBody("%PDF-1.4")));
    var out = new java.io.ByteArrayOutputStream();

    assertThat(service.downloadEvidence("i1", 31, out)).isEqualTo(8);
    assertThatThrownBy(() -> service.downloadEvidence("i1", 32, out))
        .isInstanceOf(AccessDeniedException.class);
  }
}
