package vn.thidua.portal.council;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import vn.thidua.portal.meeting.MeetingException;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * A member's votes against a WireMock Strapi: a second click changes the member's one vote instead
 * of adding another, and a closed meeting takes no vote.
 */
class MeetingDeskTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String VOTE =
      """
      {"id":7,"documentId":"v1","memberUsername":"council.test","choice":"agree",
       "proposal":{"id":3,"documentId":"p1"}}""";

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private MeetingDesk desk;

  private static String meeting(String status) {
    return """
        {"data":{"id":1,"documentId":"m1","stage":"annual","year":2026,"memberCount":3,
          "presentMembers":[{"username":"council.test","fullName":"Test"},
                            {"username":"other","fullName":"Other"}],
          "status":"%s","closedAt":%s,
          "proposals":[{"id":3,"documentId":"p1","awardForm":"Giấy khen"}]}}
        """
        .formatted(status, status.equals("closed") ? "\"2026-12-05T02:00:00Z\"" : "null");
  }

  @BeforeEach
  void setUp() {
    strapi.start();
    TestUsers.signIn(PortalRole.COUNCIL, null);
    // No vote of this member yet, until the first one is made.
    strapi.stubFor(
        get(urlPathEqualTo("/api/votes"))
            .inScenario("votes")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson("{\"data\":[],\"meta\":{}}")));
    strapi.stubFor(
        post(urlPathEqualTo("/api/votes"))
            .inScenario("votes")
            .willSetStateTo("voted")
            .willReturn(okJson("{\"data\":" + VOTE + "}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/votes"))
            .inScenario("votes")
            .whenScenarioStateIs("voted")
            .willReturn(okJson("{\"data\":[" + VOTE + "],\"meta\":{}}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/votes/v1"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":" + VOTE + "}")));
    StrapiClient client =
        StrapiClient.create(TestBeans.strapiProperties(URI.create(strapi.baseUrl())), CLOCK);
    // The award desk serves proposals only; a vote never reaches it.
    desk = new MeetingDesk(client, year -> List.of(), null, TestUsers.currentUser(), CLOCK);
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    strapi.stop();
  }

  @Test
  void a_double_click_or_a_changed_mind_leaves_one_vote_per_member_and_proposal() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/council-meetings/m1")).willReturn(okJson(meeting("open"))));
    desk.vote("m1", "p1", true);
    desk.vote("m1", "p1", true);
    desk.vote("m1", "p1", false);
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/votes")));
    strapi.verify(2, putRequestedFor(urlPathEqualTo("/api/votes/v1")));
  }

  @Test
  void a_closed_meeting_takes_no_vote() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/council-meetings/m1")).willReturn(okJson(meeting("closed"))));
    assertThatThrownBy(() -> desk.vote("m1", "p1", true))
        .isInstanceOf(MeetingException.class)
        .hasMessage("meeting.error.closed");
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/votes")));
  }
}
