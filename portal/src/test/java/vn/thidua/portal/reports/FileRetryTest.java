package vn.thidua.portal.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.RetryOutcome;
import vn.thidua.portal.strapi.StrapiClient;

/**
 * An administrator has a failed file of a report read again; nobody else can, and no file that is
 * not the report's: the portal checks before the indexer is asked (the indexer checks the role
 * again).
 */
class FileRetryTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension indexer =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path spoolDir;
  private ReportService reports;
  private TestBeans.Reports beans;

  @BeforeEach
  void setUp() {
    StrapiClient client = TestBeans.strapi(URI.create(strapi.baseUrl()));
    IndexerClient indexerClient =
        new IndexerClient(
            new IndexerProperties(
                URI.create(indexer.baseUrl()),
                "indexer-key",
                Duration.ofSeconds(1),
                Duration.ofSeconds(5)));
    beans = TestReports.service(client, indexerClient, TestReports.properties(spoolDir));
    reports = beans.service();
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":5,"documentId":"rep1","title":"Báo cáo năm 2026","year":2026,
                      "status":"submitted",
                      "unit":{"id":1,"documentId":"unitA","name":"Trạm Y tế xã"},
                      "files":[{"id":9,"documentId":"m9","name":"bao-cao.docx",
                        "url":"/uploads/bao_cao.docx"}]}}
                    """)));
    indexer.stubFor(
        post(urlPathEqualTo("/api/files/9/retry"))
            .willReturn(
                aResponse()
                    .withStatus(202)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"queued\":1}")));
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    beans.close();
  }

  @Test
  void an_admin_has_a_failed_file_of_the_report_queued_again_on_the_indexer_as_admin() {
    TestUsers.signIn(PortalRole.ADMIN, null);

    IndexerResult<RetryOutcome> outcome = reports.retryFile("rep1", 9);

    assertThat(outcome.available()).contains(RetryOutcome.QUEUED);
    indexer.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/files/9/retry"))
            .withHeader("X-Api-Key", equalTo("indexer-key"))
            .withHeader("X-Caller-Role", equalTo("admin")));
  }

  @Test
  void a_file_the_indexer_is_still_reading_is_not_retried_and_the_admin_is_told() {
    TestUsers.signIn(PortalRole.ADMIN, null);
    indexer.stubFor(
        post(urlPathEqualTo("/api/files/9/retry"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"Tệp đang được xử lý.\"}")));

    assertThat(reports.retryFile("rep1", 9).available()).contains(RetryOutcome.NOT_RETRYABLE);
  }

  @Test
  void a_reviewer_cannot_have_a_file_read_again() {
    TestUsers.signIn(PortalRole.REVIEWER, null);

    assertThatThrownBy(() -> reports.retryFile("rep1", 9))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(reports.mayRetryFiles()).isFalse();
    indexer.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void an_admin_cannot_name_a_file_that_is_not_the_reports() {
    TestUsers.signIn(PortalRole.ADMIN, null);

    assertThatThrownBy(() -> reports.retryFile("rep1", 10))
        .isInstanceOf(AccessDeniedException.class);
    indexer.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void an_indexer_that_does_not_answer_gives_an_unavailable_outcome() {
    TestUsers.signIn(PortalRole.ADMIN, null);
    indexer.stubFor(
        post(urlPathEqualTo("/api/files/9/retry")).willReturn(aResponse().withStatus(503)));

    assertThat(reports.retryFile("rep1", 9)).isInstanceOf(IndexerResult.Unavailable.class);
  }
}
