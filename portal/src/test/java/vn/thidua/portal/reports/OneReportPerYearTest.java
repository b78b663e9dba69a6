package vn.thidua.portal.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.uploads.UploadOutcome;

/**
 * One report per unit, year and stage (issue 17): a file sent after the year's report was accepted
 * goes to that report as a supplement with its own history entry, never into a new report; two
 * files arriving together when the unit has no report yet make one report; a wrong file leaves an
 * open report (recorded in the history) but not an accepted one.
 */
class OneReportPerYearTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes();
  private static final String MEDIA =
      "[{\"id\":9,\"documentId\":\"m9\",\"name\":\"a.pdf\",\"url\":\"/uploads/a.pdf\"}]";

  @TempDir Path spoolDir;
  private ReportService reports;
  private TestBeans.Reports beans;

  @BeforeEach
  void setUp() {
    URI url = URI.create(strapi.baseUrl());
    StrapiClient client = TestBeans.strapi(url);
    IndexerClient indexer =
        new IndexerClient(
            new IndexerProperties(
                URI.create("http://127.0.0.1:9"),
                "",
                Duration.ofMillis(200),
                Duration.ofMillis(200)));
    beans =
        TestBeans.reports(
            client,
            indexer,
            TestUsers.currentUser(),
            TestBeans.CLOCK,
            TestBeans.plans(client, TestBeans.CLOCK),
            TestReports.properties(spoolDir));
    reports = beans.service();
    TestUsers.signIn(PortalRole.UNIT, "unitA");
    strapi.stubFor(post(urlPathEqualTo("/api/upload")).willReturn(okJson(MEDIA)));
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    beans.close();
  }

  private static String report(long id, String documentId, String status, String files) {
    return """
        {"id":%d,"documentId":"%s","title":"Báo cáo","year":2026,"stage":"annual","status":"%s",
          "unit":{"id":1,"documentId":"unitA","name":"Đơn vị A"},"files":%s,
          "history":[{"toStatus":"submitted","at":"2026-11-02T02:00:00Z","actor":"donvi.a"}]}
        """
        .formatted(id, documentId, status, files);
  }

  private static String list(String... entries) {
    return """
        {"data":[%s],"meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":%d}}}
        """
        .formatted(String.join(",", entries), entries.length);
  }

  private UploadOutcome send() {
    return reports.receive("a.pdf", PDF.length, new ByteArrayInputStream(PDF), n -> {});
  }

  @Test
  void a_file_after_acceptance_is_a_supplement_of_the_same_report_never_a_second_report() {
    String accepted = report(4, "rep4", "accepted", "[]");
    strapi.stubFor(get(urlPathEqualTo("/api/reports")).willReturn(okJson(list(accepted))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep4")).willReturn(okJson("{\"data\":" + accepted + "}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/reports/rep4")).willReturn(okJson("{\"data\":" + accepted + "}")));

    UploadOutcome outcome = send();

    assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
    assertThat(((UploadOutcome.Stored) outcome).supplement()).isTrue();
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/reports")));
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/upload"))
            .withRequestBody(containing("supplements"))
            .withRequestBody(containing("api::report.report")));
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/reports/rep4"))
            .withRequestBody(containing("\"event\":\"supplement\""))
            .withRequestBody(containing("\"fileName\":\"a.pdf\"")));
  }

  @Test
  void two_files_sent_together_before_the_unit_has_a_report_make_one_report() throws Exception {
    String made = report(9, "rep9", "submitted", "[]");
    // Strapi is slow to answer, so both uploads ask for the year's report before either makes it.
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .inScenario("report")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(list()).withFixedDelay(400)));
    strapi.stubFor(
        post(urlPathEqualTo("/api/reports"))
            .inScenario("report")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("made")
            .willReturn(okJson("{\"data\":" + made + "}")));
    strapi.stubFor(
        post(urlPathEqualTo("/api/reports"))
            .inScenario("report")
            .whenScenarioStateIs("made")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":400,\"name\":\"ValidationError\","
                            + "\"message\":\"This unit already has a report\"}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .inScenario("report")
            .whenScenarioStateIs("made")
            .willReturn(okJson(list(made))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep9")).willReturn(okJson("{\"data\":" + made + "}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/reports/rep9")).willReturn(okJson("{\"data\":" + made + "}")));

    ExecutorService tabs = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<UploadOutcome>> both =
          List.of(
              CompletableFuture.supplyAsync(
                  () -> {
                    TestUsers.signIn(PortalRole.UNIT, "unitA");
                    return send();
                  },
                  tabs),
              CompletableFuture.supplyAsync(
                  () -> {
                    TestUsers.signIn(PortalRole.UNIT, "unitA");
                    return send();
                  },
                  tabs));
      assertThat(both.stream().map(CompletableFuture::join).toList())
          .allMatch(o -> o instanceof UploadOutcome.Stored s && !s.supplement());
    } finally {
      tabs.shutdown();
    }
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/reports")));
    strapi.verify(
        2, postRequestedFor(urlPathEqualTo("/api/upload")).withRequestBody(containing("files")));
  }

  @Test
  void a_unit_removes_a_file_of_its_open_report_and_the_history_says_so() {
    String open =
        report(
            5,
            "rep5",
            "submitted",
            "[{\"id\":11,\"documentId\":\"m11\",\"name\":\"sai.pdf\",\"url\":\"/uploads/s.pdf\"},"
                + "{\"id\":12,\"documentId\":\"m12\",\"name\":\"dung.pdf\",\"url\":\"/uploads/d.pdf\"}]");
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep5")).willReturn(okJson("{\"data\":" + open + "}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/reports/rep5")).willReturn(okJson("{\"data\":" + open + "}")));

    reports.removeFile("rep5", 11);

    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/reports/rep5"))
            .withRequestBody(containing("\"files\":[12]"))
            .withRequestBody(containing("\"event\":\"file_removed\""))
            .withRequestBody(containing("\"fileName\":\"sai.pdf\"")));
  }

  @Test
  void a_replaced_file_leaves_the_report_only_once_the_new_one_is_stored() {
    String open =
        report(
            5,
            "rep5",
            "returned",
            "[{\"id\":11,\"documentId\":\"m11\",\"name\":\"sai.pdf\",\"url\":\"/uploads/s.pdf\"},"
                + "{\"id\":12,\"documentId\":\"m12\",\"name\":\"dung.pdf\",\"url\":\"/uploads/d.pdf\"}]");
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep5")).willReturn(okJson("{\"data\":" + open + "}")));
    strapi.stubFor(
        put(urlPathEqualTo("/api/reports/rep5")).willReturn(okJson("{\"data\":" + open + "}")));

    UploadOutcome outcome =
        reports.replaceFile(
            "rep5", 11, "a.pdf", PDF.length, new ByteArrayInputStream(PDF), n -> {});

    assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/upload")));
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/reports/rep5"))
            .withRequestBody(containing("\"files\":[12]"))
            .withRequestBody(containing("\"event\":\"file_replaced\""))
            .withRequestBody(containing("\"fileName\":\"sai.pdf\""))
            .withRequestBody(containing("\"comment\":\"a.pdf\"")));
  }

  @Test
  void a_refused_replacement_leaves_the_report_as_it_was() {
    String open =
        report(
            5,
            "rep5",
            "submitted",
            "[{\"id\":11,\"documentId\":\"m11\",\"name\":\"sai.pdf\",\"url\":\"/uploads/s.pdf\"}]");
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep5")).willReturn(okJson("{\"data\":" + open + "}")));
    byte[] notADocument = {1, 2, 3, 4, 5, 6, 7, 8};

    UploadOutcome outcome =
        reports.replaceFile(
            "rep5",
            11,
            "x.pdf",
            notADocument.length,
            new ByteArrayInputStream(notADocument),
            n -> {});

    assertThat(outcome).isInstanceOf(UploadOutcome.Refused.class);
    assertThat(((UploadOutcome.Refused) outcome).retryable())
        .as("it would be refused again")
        .isFalse();
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/upload")));
    strapi.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/rep5")));
  }

  @Test
  void the_unit_and_the_reviewer_see_a_supplement_but_an_editor_does_not() {
    String accepted =
        report(4, "rep4", "accepted", "[]")
            .replace(
                "\"files\":[]",
                "\"files\":[],\"supplements\":[{\"id\":21,\"documentId\":\"m21\","
                    + "\"name\":\"bo-sung.pdf\",\"url\":\"/uploads/b.pdf\"}]");
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep4")).willReturn(okJson("{\"data\":" + accepted + "}")));

    assertThat(reports.supplements("rep4"))
        .extracting(m -> m.name())
        .containsExactly("bo-sung.pdf");
    TestUsers.signIn(PortalRole.REVIEWER, null);
    assertThat(reports.supplements("rep4")).hasSize(1);
    TestUsers.signIn(PortalRole.EDITOR, null);
    assertThat(reports.supplements("rep4")).as("not reviewed: not for stories").isEmpty();
    assertThatThrownBy(() -> reports.file("rep4", 21))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void the_files_of_an_accepted_report_cannot_be_removed() {
    String accepted =
        report(
            6,
            "rep6",
            "accepted",
            "[{\"id\":11,\"documentId\":\"m11\",\"name\":\"a.pdf\",\"url\":\"/uploads/a.pdf\"}]");
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/rep6")).willReturn(okJson("{\"data\":" + accepted + "}")));

    assertThatThrownBy(() -> reports.removeFile("rep6", 11))
        .isInstanceOf(InvalidTransitionException.class);
    strapi.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/rep6")));
  }
}
