package vn.thidua.portal.council;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.reports.ReportReviewed;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * The unit is told of the reviewer's decision on its report, against a WireMock Strapi: accepted,
 * or returned with the reviewer's comment, addressed to its contact through the outbox.
 */
class ReviewNoticesTest {

  private static final String PAGE =
      ",\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":1,\"pageCount\":1,\"total\":0}}}";
  private static final Instant AT = Instant.parse("2026-11-27T03:00:00Z");

  private final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());
  private ReviewNotices notices;

  @BeforeEach
  void setUp() {
    strapi.start();
    strapi.stubFor(
        get(urlPathEqualTo("/api/units/u2"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":2,\"documentId\":\"u2\",\"name\":\"Hội Nông dân xã\","
                        + "\"contactEmail\":\"nongdan.daison@example.vn\"}}")));
    strapi.stubFor(get(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"data\":[]" + PAGE)));
    strapi.stubFor(post(urlPathEqualTo("/api/notices")).willReturn(okJson("{\"data\":{}}")));
    StrapiClient client =
        StrapiClient.create(
            TestBeans.strapiProperties(URI.create(strapi.baseUrl())), TestBeans.CLOCK);
    notices = new ReviewNotices(client, new UnitNotices(client));
  }

  @AfterEach
  void tearDown() {
    strapi.stop();
  }

  @Test
  void a_returned_report_tells_its_unit_the_reviewers_comment_by_mail_to_its_contact() {
    notices.on(
        new ReportReviewed("r1", "u2", 2026, false, "Thiếu bảng chỉ tiêu chuyển đổi xanh", AT));

    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"kind\":\"report-returned\""))
            .withRequestBody(containing("\"unit\":\"u2\""))
            .withRequestBody(containing("\"email\":\"nongdan.daison@example.vn\""))
            .withRequestBody(containing("\"mailStatus\":\"pending\""))
            .withRequestBody(containing("trả lại"))
            .withRequestBody(containing("Thiếu bảng chỉ tiêu chuyển đổi xanh"))
            .withRequestBody(containing("\"link\":\"lam-viec/don-vi\"")));
  }

  @Test
  void an_accepted_report_tells_its_unit_once_for_one_decision() {
    ReportReviewed accepted = new ReportReviewed("r1", "u2", 2026, true, null, AT);
    assertThat(notices.tell(accepted)).isEqualTo(1);
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/notices"))
            .withRequestBody(containing("\"kind\":\"report-accepted\""))
            .withRequestBody(containing("đã được tiếp nhận"))
            .withRequestBody(containing("\"dedupKey\":\"report-accepted:r1:" + AT + "\"")));

    strapi.stubFor(
        get(urlPathEqualTo("/api/notices"))
            .willReturn(okJson("{\"data\":[{\"id\":9,\"documentId\":\"n9\"}]" + PAGE)));
    assertThat(notices.tell(accepted)).isZero();
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/notices")));
  }

  @Test
  void strapi_down_leaves_the_decision_standing_and_only_the_notice_unmade() {
    strapi.stubFor(get(urlPathEqualTo("/api/units/u2")).willReturn(serverError()));

    notices.on(new ReportReviewed("r1", "u2", 2026, true, null, AT));

    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/notices")));
  }
}
