package vn.thidua.portal.council;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * Issuing a decision against a WireMock Strapi: one award per recipient that has none yet, one
 * notice each; an issued decision issued again makes nothing more.
 */
class DecisionDeskTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private DecisionDesk desk;

  private static String decision(String status) {
    return """
        {"data":{"id":1,"documentId":"d1","number":"25/QĐ-UBND","date":"2026-12-05",
          "stage":"annual","year":2026,"status":"%s",
          "proposals":[
            {"id":3,"documentId":"p1","awardForm":"Giấy khen","award":{"id":9,"documentId":"a1"},
             "unit":{"id":1,"documentId":"u1","name":"Trạm Y tế xã Đại Sơn",
                     "contactEmail":"tramyte.daison@example.vn"}},
            {"id":4,"documentId":"p2","awardForm":"Giấy khen",
             "unit":{"id":2,"documentId":"u2","name":"Hợp tác xã Nông nghiệp Đông Sơn"}}]}}
        """
        .formatted(status);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  @BeforeEach
  void setUp() {
    strapi.start();
    TestUsers.signIn(PortalRole.COUNCIL, null);
    strapi.stubFor(
        post(urlPathEqualTo("/api/awards"))
            .willReturn(okJson("{\"data\":{\"id\":10,\"documentId\":\"a2\"}}")));
    strapi.stubFor(put(urlPathMatching("/api/proposals/.*")).willReturn(json("{\"data\":{}}")));
    strapi.stubFor(put(urlPathEqualTo("/api/decisions/d1")).willReturn(json("{\"data\":{}}")));
    strapi.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"data\":[]}")));
    strapi.stubFor(post(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"data\":{}}")));
    StrapiClient client =
        StrapiClient.create(TestBeans.strapiProperties(URI.create(strapi.baseUrl())), CLOCK);
    NoticeOutbox outbox =
        new NoticeOutbox(
            client,
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
            new NoticeProperties("a@b.example", null, Duration.ofSeconds(30), 50),
            CLOCK);
    // The meeting desk drafts; issuing never asks it.
    desk = new DecisionDesk(client, null, TestUsers.currentUser(), CLOCK, outbox);
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    strapi.stop();
  }

  @Test
  void issuing_awards_each_recipient_that_has_no_award_yet_and_notifies_each_once() {
    strapi.stubFor(get(urlPathEqualTo("/api/decisions/d1")).willReturn(okJson(decision("draft"))));
    desk.issue("d1");
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/awards")));
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/awards"))
            .withRequestBody(containing("\"recipientUnit\":\"u2\""))
            .withRequestBody(containing("\"decisionStatus\":\"decided\""))
            .withRequestBody(containing("\"decisionNumber\":\"25/QĐ-UBND\"")));
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/proposals/p2"))
            .withRequestBody(containing("\"award\":\"a2\"")));
    strapi.verify(2, postRequestedFor(urlPathEqualTo("/api/notices")));
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"mailStatus\":\"no_address\"")));
    strapi.verify(
        putRequestedFor(urlPathEqualTo("/api/decisions/d1"))
            .withRequestBody(containing("\"status\":\"issued\"")));
  }

  @Test
  void a_person_without_an_address_of_their_own_is_told_through_their_units_contact() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/decisions/d1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"d1","number":"31/QĐ-UBND","date":"2026-12-05",
                      "stage":"annual","year":2026,"status":"draft",
                      "proposals":[
                        {"id":5,"documentId":"p5","awardForm":"Giấy khen",
                         "person":{"id":7,"documentId":"pe1","fullName":"Đỗ Thị Mai",
                           "unit":{"id":3,"documentId":"u3","name":"Hội Liên hiệp Phụ nữ xã",
                                   "contactEmail":"phunu.daison@example.vn"}}},
                        {"id":6,"documentId":"p6","awardForm":"Giấy khen",
                         "person":{"id":8,"documentId":"pe2","fullName":"Phạm Văn Hải",
                           "otherAffiliation":"Thôn Bắc Sơn"}}]}}
                    """)));
    desk.issue("d1");
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"person\":\"pe1\""))
            .withRequestBody(containing("\"email\":\"phunu.daison@example.vn\""))
            .withRequestBody(containing("\"mailStatus\":\"pending\"")));
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"person\":\"pe2\""))
            .withRequestBody(containing("\"mailStatus\":\"no_address\"")));
  }

  @Test
  void an_issued_decision_issued_again_makes_no_award_and_no_notice() {
    strapi.stubFor(get(urlPathEqualTo("/api/decisions/d1")).willReturn(okJson(decision("issued"))));
    desk.issue("d1");
    desk.issue("d1");
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/awards")));
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/notices")));
  }
}
