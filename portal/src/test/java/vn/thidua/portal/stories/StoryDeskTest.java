package vn.thidua.portal.stories;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.strapi.StrapiClient;

/** An exemplar story started from a passage of a report keeps its source, and only from one. */
class StoryDeskTest {

  @TempDir Path spoolDir;
  private final WireMockServer strapiServer = new WireMockServer(wireMockConfig().dynamicPort());
  private StoryDesk desk;
  private TestBeans.Reports reports;

  @BeforeEach
  void setUp() throws Exception {
    strapiServer.start();
    URI url = URI.create(strapiServer.baseUrl());
    StrapiClient strapi = TestBeans.strapi(url);
    CurrentUser currentUser = TestUsers.currentUser();
    reports = TestBeans.reports(strapi, TestBeans.deadIndexer(), currentUser, spoolDir);
    desk =
        TestBeans.make(
            StoryDesk.class,
            strapi,
            TestBeans.strapiProperties(url),
            reports.service(),
            currentUser,
            TestBeans.CLOCK);
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/stories"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":3,\"documentId\":\"s3\",\"title\":\"t\",\"slug\":\"t\"}}")));
    TestUsers.signIn(PortalRole.EDITOR, null);
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    reports.close();
    strapiServer.stop();
  }

  private void report(String status) {
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports/r1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":5,"documentId":"r1","title":"Báo cáo","year":2026,
                      "number":"156/BC-HTX","status":"%s",
                      "unit":{"id":2,"documentId":"u2","name":"Hợp tác xã Nông nghiệp Đông Sơn"},
                      "files":[{"id":7,"documentId":"m7","name":"r01-010.docx","url":"/uploads/x.docx"}]}}
                    """
                        .formatted(status))));
  }

  @Test
  void a_passage_of_an_accepted_report_becomes_a_draft_that_keeps_report_file_page_and_unit() {
    report("accepted");

    desk.fromReportPassage(
        "r1", 7, 2, "Người dân <mark>quét mã QR</mark> dán tại bộ phận   một cửa");

    strapiServer.verify(
        postRequestedFor(urlPathEqualTo("/api/stories"))
            .withQueryParam("status", equalTo("draft"))
            .withRequestBody(matchingJsonPath("$.data.sourceReport", equalTo("r1")))
            .withRequestBody(matchingJsonPath("$.data.sourceFileName", equalTo("r01-010.docx")))
            .withRequestBody(matchingJsonPath("$.data.sourcePage", equalTo("2")))
            .withRequestBody(
                matchingJsonPath(
                    "$.data.sourceExcerpt",
                    equalTo("Người dân quét mã QR dán tại bộ phận một cửa")))
            .withRequestBody(matchingJsonPath("$.data.units[0]", equalTo("u2")))
            .withRequestBody(
                matchingJsonPath(
                    "$.data.title",
                    equalTo(
                        "Hợp tác xã Nông nghiệp Đông Sơn: Người dân quét mã QR dán tại bộ phận"
                            + " một cửa"))));
  }

  @Test
  void an_editor_cannot_start_from_a_report_not_yet_accepted() {
    report("submitted");

    assertThatThrownBy(() -> desk.fromReportPassage("r1", 7, 1, "Một đoạn"))
        .isInstanceOf(AccessDeniedException.class);
    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/stories")));
  }

  @Test
  void a_file_that_is_not_the_reports_own_is_refused() {
    report("accepted");

    assertThatThrownBy(() -> desk.fromReportPassage("r1", 99, 1, "Một đoạn"))
        .isInstanceOf(AccessDeniedException.class);
    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/stories")));
  }

  @Test
  void an_empty_passage_or_a_page_below_one_is_refused_before_strapi_is_asked() {
    assertThatThrownBy(() -> desk.fromReportPassage("r1", 7, 1, " <mark></mark> "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> desk.fromReportPassage("r1", 7, 0, "Một đoạn"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(strapiServer.getAllServeEvents()).isEmpty();
  }

  @Test
  void a_long_passage_is_cut_at_a_word_and_the_title_takes_its_first_words() {
    String page = "Chuyển đổi số ".repeat(400);
    String excerpt = StoryDesk.excerpt(page);
    assertThat(excerpt).hasSizeLessThanOrEqualTo(StoryDesk.MAX_EXCERPT + 1).endsWith("số…");
    assertThat(StoryDesk.titleFrom("Thôn Tây", excerpt))
        .isEqualTo("Thôn Tây: Chuyển đổi số Chuyển đổi số Chuyển đổi số Chuyển đổi số…");
  }
}
