package vn.thidua.portal.council;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The reminders against a WireMock Strapi: N days before 1 December each unit that has not sent its
 * annual report is reminded, N days before the registration window closes each unit that has not
 * registered; once each, and not before the lead days (N from the site setting).
 */
class ReminderNoticesTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final String PAGE =
      ",\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":100,\"pageCount\":1,\"total\":3}}}";

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private ReminderNotices reminders;

  @BeforeEach
  void setUp() {
    strapi.start();
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"s","reportReminderLeadDays":7,
                      "registrationReminderLeadDays":5,
                      "registrationClosesDay":31,"registrationClosesMonth":3}}
                    """)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/units"))
            .willReturn(
                okJson(
                    "{\"data\":["
                        + "{\"id\":1,\"documentId\":\"u1\",\"name\":\"Trạm Y tế xã Đại Sơn\","
                        + "\"contactEmail\":\"tramyte.daison@example.vn\"},"
                        + "{\"id\":2,\"documentId\":\"u2\",\"name\":\"Hội Nông dân xã\","
                        + "\"contactEmail\":\"nongdan.daison@example.vn\"},"
                        + "{\"id\":3,\"documentId\":\"u3\",\"name\":\"Thôn Tây\"}]"
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .willReturn(
                okJson(
                    "{\"data\":[{\"id\":7,\"documentId\":\"r1\",\"year\":2026,"
                        + "\"submittedAt\":\"2026-11-20T02:00:00Z\","
                        + "\"unit\":{\"id\":1,\"documentId\":\"u1\",\"name\":\"Trạm Y tế xã Đại Sơn\"}}]"
                        + PAGE)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/registrations"))
            .willReturn(
                okJson(
                    "{\"data\":[{\"id\":8,\"documentId\":\"g1\",\"year\":2026,\"status\":\"submitted\","
                        + "\"unit\":{\"id\":2,\"documentId\":\"u2\",\"name\":\"Hội Nông dân xã\"}}]"
                        + PAGE)));
    strapi.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"data\":[]" + PAGE)));
    strapi.stubFor(post(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"data\":{}}")));
    StrapiClient client =
        StrapiClient.create(TestBeans.strapiProperties(URI.create(strapi.baseUrl())), CLOCK);
    reminders = new ReminderNotices(client, new UnitNotices(client), CLOCK);
  }

  @AfterEach
  void tearDown() {
    strapi.stop();
  }

  @Test
  void seven_days_before_1_december_each_unit_that_has_not_sent_is_reminded_once() {
    assertThat(reminders.remind(LocalDate.of(2026, 11, 24))).isEqualTo(2);

    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"unit\":\"u2\""))
            .withRequestBody(containing("\"email\":\"nongdan.daison@example.vn\""))
            .withRequestBody(containing("\"mailStatus\":\"pending\""))
            .withRequestBody(containing("\"dedupKey\":\"reminder-report:2026:u2\""))
            .withRequestBody(containing("01/12/2026")));
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"unit\":\"u3\""))
            .withRequestBody(containing("\"mailStatus\":\"no_address\"")));
    strapi.verify(
        0,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"unit\":\"u1\"")));
  }

  @Test
  void a_reminder_already_made_is_not_made_again() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/notices"))
            .withQueryParam("filters[dedupKey][$eq]", equalTo("reminder-report:2026:u2"))
            .willReturn(okJson("{\"data\":[{\"id\":9,\"documentId\":\"n9\"}]" + PAGE)));

    assertThat(reminders.remind(LocalDate.of(2026, 11, 30))).isEqualTo(1);
    strapi.verify(
        0,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"unit\":\"u2\"")));
  }

  @Test
  void nothing_is_due_before_the_lead_days_nor_on_or_after_the_deadline() {
    assertThat(reminders.remind(LocalDate.of(2026, 11, 23))).isZero();
    assertThat(reminders.remind(LocalDate.of(2026, 12, 1))).isZero();
    assertThat(reminders.remind(LocalDate.of(2026, 3, 26))).isZero();
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/notices")));
  }

  @Test
  void the_units_that_have_not_registered_are_reminded_in_the_last_days_of_the_window() {
    assertThat(reminders.remind(LocalDate.of(2026, 3, 27))).isEqualTo(2);
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"unit\":\"u1\""))
            .withRequestBody(containing("\"dedupKey\":\"reminder-registration:2026:u1\""))
            .withRequestBody(containing("31/03/2026"))
            .withRequestBody(containing("lam-viec/don-vi/dang-ky-thi-dua")));
    strapi.verify(
        0,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"unit\":\"u2\"")));
  }
}
