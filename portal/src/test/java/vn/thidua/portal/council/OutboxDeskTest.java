package vn.thidua.portal.council;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The outbox page's desk: what staff read of each notice, and a retry that only a failed notice
 * gets (a sent one is never sent twice).
 */
class OutboxDeskTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final int MAX_ATTEMPTS = 3;

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private OutboxDesk desk;

  private static String notice(String id, String status, int attempts) {
    return """
        {"id":1,"documentId":"%s","kind":"decision","subject":"Quyết định khen thưởng số 25/QĐ-UBND",
         "unit":{"id":2,"documentId":"u1","name":"Trạm Y tế xã Đại Sơn"},
         "email":"tramyte.daison@example.vn","mailStatus":"%s","attempts":%d,
         "lastError":"Connection refused: 127.0.0.1:25","createdAt":"2026-12-04T03:00:00Z"}
        """
        .formatted(id, status, attempts);
  }

  @BeforeEach
  void setUp() {
    strapi.start();
    strapi.stubFor(
        get(urlPathEqualTo("/api/notices"))
            .willReturn(
                okJson(
                    "{\"data\":["
                        + notice("n-failed", "pending", MAX_ATTEMPTS)
                        + ","
                        + notice("n-pending", "pending", 1)
                        + ","
                        + notice("n-sent", "sent", 2)
                        + ","
                        + notice("n-none", "no_address", 0)
                        + "],\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":100,\"pageCount\":1,\"total\":4}}}")));
    for (String id : new String[] {"n-failed", "n-sent"}) {
      String status = id.equals("n-sent") ? "sent" : "pending";
      strapi.stubFor(
          get(urlPathEqualTo("/api/notices/" + id))
              .willReturn(okJson("{\"data\":" + notice(id, status, MAX_ATTEMPTS) + "}")));
      strapi.stubFor(
          put(urlPathEqualTo("/api/notices/" + id))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("{\"data\":" + notice(id, status, 0) + "}")));
    }
    StrapiClient client =
        StrapiClient.create(TestBeans.strapiProperties(URI.create(strapi.baseUrl())), CLOCK);
    NoticeProperties properties =
        new NoticeProperties("thidua@daison.example", null, Duration.ofSeconds(30), MAX_ATTEMPTS);
    // No mail server here: a retry resets the count and the send itself waits for one.
    NoticeOutbox outbox =
        new NoticeOutbox(
            client,
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class),
            properties,
            CLOCK);
    desk = new OutboxDesk(client, TestUsers.currentUser(), properties, outbox);
    TestUsers.signIn(PortalRole.ADMIN, null);
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    strapi.stop();
  }

  @Test
  void staff_see_sent_pending_failed_and_unaddressed_notices_with_attempts_and_last_error() {
    var lines = desk.notices();
    assertThat(lines)
        .extracting(l -> l.notice().documentId(), OutboxDesk.Line::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("n-failed", OutboxDesk.State.FAILED),
            org.assertj.core.groups.Tuple.tuple("n-pending", OutboxDesk.State.RETRYING),
            org.assertj.core.groups.Tuple.tuple("n-sent", OutboxDesk.State.SENT),
            org.assertj.core.groups.Tuple.tuple("n-none", OutboxDesk.State.NO_ADDRESS));
    var failed = lines.getFirst().notice();
    assertThat(failed.lastError()).contains("Connection refused");
    assertThat(failed.attempts()).isEqualTo(MAX_ATTEMPTS);
    assertThat(failed.unit().name()).isEqualTo("Trạm Y tế xã Đại Sơn");
  }

  @Test
  void a_notice_whose_last_attempt_failed_shows_as_failed_and_may_be_sent_again_at_once() {
    assertThat(OutboxDesk.state(entry("pending", 1, "Connection refused"), MAX_ATTEMPTS))
        .isEqualTo(OutboxDesk.State.RETRYING)
        .matches(OutboxDesk.State::resendable);
    assertThat(OutboxDesk.state(entry("pending", 0, null), MAX_ATTEMPTS))
        .isEqualTo(OutboxDesk.State.PENDING)
        .matches(s -> !s.resendable());
    assertThat(OutboxDesk.state(entry("sent", 1, "Connection refused"), MAX_ATTEMPTS))
        .isEqualTo(OutboxDesk.State.SENT)
        .matches(s -> !s.resendable());
  }

  private static CouncilContent.NoticeEntry entry(
      String status, int attempts, @org.jspecify.annotations.Nullable String error) {
    return new CouncilContent.NoticeEntry(
        1,
        "n",
        "decision",
        null,
        null,
        null,
        "s",
        null,
        null,
        "a@b.example",
        status,
        attempts,
        error,
        null,
        null);
  }

  @Test
  void a_failed_notice_is_retried_with_a_fresh_count_and_a_sent_one_is_never_resent() {
    desk.retry("n-failed");
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/notices/n-failed"))
            .withRequestBody(containing("\"attempts\":0")));

    assertThatThrownBy(() -> desk.retry("n-sent"))
        .isInstanceOf(CouncilException.class)
        .hasMessage("outbox.retry.not-failed");
    strapi.verify(0, putRequestedFor(urlPathEqualTo("/api/notices/n-sent")));
  }
}
