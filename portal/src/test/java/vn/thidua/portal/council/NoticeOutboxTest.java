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

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The notice outbox against a WireMock Strapi and a mail server that is down, then back: the
 * message is kept with its attempt and error, then sent once; a message already sent is not sent
 * again.
 */
class NoticeOutboxTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());

  /** A mail server that refuses while {@code down}, and keeps what it accepts. */
  static final class FlakyMailServer extends JavaMailSenderImpl {
    boolean down;
    final List<MimeMessage> accepted = new ArrayList<>();

    FlakyMailServer() {
      setHost("127.0.0.1");
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
      if (down) {
        throw new MailSendException("Connection refused: 127.0.0.1:25");
      }
      accepted.addAll(List.of(messages));
    }
  }

  private final FlakyMailServer mail = new FlakyMailServer();
  private NoticeOutbox outbox;

  private static String notice(String status) {
    return """
        {"id":1,"documentId":"n1","kind":"decision","subject":"Quyết định khen thưởng số 25/QĐ-UBND",
         "body":"Trạm Y tế xã Đại Sơn được tặng Giấy khen.","link":"khen-thuong",
         "email":"tramyte.daison@example.vn","mailStatus":"%s","attempts":0}
        """
        .formatted(status);
  }

  private void strapiHolds(String status) {
    strapi.stubFor(
        get(urlPathEqualTo("/api/notices"))
            .willReturn(okJson("{\"data\":[" + notice("pending") + "],\"meta\":{}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/notices/n1"))
            .willReturn(okJson("{\"data\":" + notice(status) + "}")));
  }

  @BeforeEach
  void setUp() {
    strapi.start();
    strapi.stubFor(
        put(urlPathEqualTo("/api/notices/n1"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":" + notice("pending") + "}")));
    URI url = URI.create(strapi.baseUrl());
    StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mail", mail));
    outbox =
        new NoticeOutbox(
            StrapiClient.create(TestBeans.strapiProperties(url), CLOCK),
            beans.getBeanProvider(JavaMailSender.class),
            new NoticeProperties(
                "thidua@daison.example",
                URI.create("https://thidua.daison.example"),
                Duration.ofSeconds(30),
                50),
            CLOCK);
  }

  @AfterEach
  void tearDown() {
    strapi.stop();
  }

  @Test
  void a_message_the_mail_server_refuses_is_kept_and_sent_once_when_it_is_back() throws Exception {
    strapiHolds("pending");
    mail.down = true;
    assertThat(outbox.sendPending()).isZero();
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/notices/n1"))
            .withRequestBody(containing("\"attempts\":1"))
            .withRequestBody(containing("Connection refused")));
    assertThat(
            strapi.findAll(
                putRequestedFor(urlPathEqualTo("/api/notices/n1"))
                    .withRequestBody(containing("\"sent\""))))
        .isEmpty();

    mail.down = false;
    assertThat(outbox.sendPending()).isEqualTo(1);
    assertThat(mail.accepted).hasSize(1);
    MimeMessage sent = mail.accepted.get(0);
    assertThat(sent.getSubject()).isEqualTo("Quyết định khen thưởng số 25/QĐ-UBND");
    assertThat(sent.getMessageID()).isEqualTo("<notice-n1@thidua.portal>");
    assertThat(sent.getContent().toString())
        .contains("Trạm Y tế xã Đại Sơn")
        .contains("https://thidua.daison.example/lam-viec/don-vi/thong-bao");
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/notices/n1"))
            .withRequestBody(containing("\"mailStatus\":\"sent\"")));
  }

  @Test
  void a_message_sent_in_between_is_not_sent_again() {
    strapiHolds("sent");
    assertThat(outbox.sendPending()).isZero();
    assertThat(mail.accepted).isEmpty();
  }

  @Test
  void without_a_mail_server_configured_every_message_stays_in_the_outbox() {
    strapiHolds("pending");
    NoticeOutbox idle =
        new NoticeOutbox(
            StrapiClient.create(TestBeans.strapiProperties(URI.create(strapi.baseUrl())), CLOCK),
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
            new NoticeProperties("a@b.example", null, Duration.ofSeconds(30), 50),
            CLOCK);
    assertThat(idle.sendPending()).isZero();
    assertThat(strapi.findAll(putRequestedFor(urlPathEqualTo("/api/notices/n1")))).isEmpty();
  }
}
