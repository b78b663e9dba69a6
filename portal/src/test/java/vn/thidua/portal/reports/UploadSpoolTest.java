package vn.thidua.portal.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;

/** Nothing a unit sent is dropped: while Strapi fails, the file waits in the spool. */
class UploadSpoolTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes();
  private static final String OPEN_REPORT =
      """
      {"data":[{"id":5,"documentId":"rep5","title":"Báo cáo","year":2026,"stage":"annual",
        "status":"submitted","unit":{"id":1,"documentId":"unitA","name":"Trạm Y tế"}}],
       "meta":{"pagination":{"page":1,"pageSize":100,"pageCount":1,"total":1}}}
      """;

  @TempDir Path spoolDir;
  private final WireMockServer strapiServer = new WireMockServer(wireMockConfig().dynamicPort());
  private ReportService reports;
  private UploadSpool spool;

  @BeforeEach
  void setUp() throws Exception {
    strapiServer.start();
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    URI strapiUrl = URI.create(strapiServer.baseUrl());
    StrapiClient strapi =
        StrapiClient.create(
            new StrapiProperties(
                strapiUrl,
                strapiUrl,
                "t",
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                1,
                Duration.ZERO,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                10),
            clock);
    URI nowhere = URI.create("http://127.0.0.1:9");
    IndexerClient indexer =
        new IndexerClient(
            new IndexerProperties(nowhere, "", Duration.ofMillis(200), Duration.ofMillis(200)));
    ReportsProperties props =
        new ReportsProperties(
            DataSize.ofMegabytes(1), spoolDir, Duration.ofHours(1), Duration.ofSeconds(3));
    spool = make(UploadSpool.class, props, strapi, clock);
    reports =
        make(ReportService.class, strapi, indexer, TestUsers.currentUser(), clock, props, spool);
    TestUsers.signIn(PortalRole.UNIT, "unitA");
    strapiServer.stubFor(get(urlPathEqualTo("/api/reports")).willReturn(okJson(OPEN_REPORT)));
  }

  @AfterEach
  void tearDown() {
    TestUsers.signOut();
    spool.stop();
    strapiServer.stop();
  }

  private static <T> T make(Class<T> type, Object... args) throws Exception {
    Constructor<?> c = type.getDeclaredConstructors()[0];
    c.setAccessible(true);
    return type.cast(c.newInstance(args));
  }

  @Test
  void a_file_strapi_cannot_take_is_kept_and_sent_when_strapi_is_back() throws Exception {
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/upload")).willReturn(aResponse().withStatus(503)));

    UploadOutcome outcome =
        reports.receive("bao-cao.pdf", PDF.length, new ByteArrayInputStream(PDF), n -> {});

    assertThat(outcome).isInstanceOf(UploadOutcome.Spooled.class);
    assertThat(spool.pendingFor("rep5"))
        .singleElement()
        .satisfies(p -> assertThat(p.fileName()).isEqualTo("bao-cao.pdf"));

    strapiServer.resetMappings();
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/upload"))
            .willReturn(
                okJson(
                    "[{\"id\":9,\"documentId\":\"m9\",\"name\":\"bao-cao.pdf\",\"url\":\"/uploads/b.pdf\"}]")));

    assertThat(spool.retry()).isEqualTo(1);
    assertThat(spool.pendingFor("rep5")).isEmpty();
    strapiServer.verify(2, postRequestedFor(urlPathEqualTo("/api/upload")));
    try (var files = Files.walk(spoolDir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void a_file_whose_content_is_not_a_document_is_refused_with_the_reason() {
    UploadOutcome outcome =
        reports.receive(
            "bao-cao.pdf", 4, new ByteArrayInputStream(new byte[] {'M', 'Z', 0, 1}), n -> {});
    assertThat(outcome)
        .isInstanceOfSatisfying(
            UploadOutcome.Refused.class,
            r -> assertThat(r.messageKey()).isEqualTo("reports.upload.refused.type"));
    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/upload")));
  }
}
