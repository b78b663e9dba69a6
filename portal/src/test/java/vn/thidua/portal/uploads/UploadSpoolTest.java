package vn.thidua.portal.uploads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.strapi.UploadTarget;

/**
 * Nothing a unit sent is dropped: while Strapi fails, the file waits in the spool. A file sent, at
 * once or later from the spool, is only uploaded: Strapi itself tells the indexer which entry it
 * belongs to, so the entry is never written again unchanged.
 */
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
  private vn.thidua.portal.TestBeans.Reports beans;

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
                // Room for a busy machine: a cold WireMock can take seconds to answer first.
                Duration.ofSeconds(20),
                Duration.ofSeconds(20),
                Duration.ofSeconds(20),
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
    beans =
        vn.thidua.portal.TestBeans.reports(
            strapi,
            indexer,
            TestUsers.currentUser(),
            clock,
            vn.thidua.portal.TestBeans.plans(strapi, clock),
            vn.thidua.portal.TestBeans.uploadsProperties(DataSize.ofMegabytes(1), spoolDir));
    spool = beans.spool();
    reports = beans.service();
    TestUsers.signIn(PortalRole.UNIT, "unitA");
    strapiServer.stubFor(get(urlPathEqualTo("/api/reports")).willReturn(okJson(OPEN_REPORT)));
    // The receiver reads the report back to check it is the unit's own before attaching.
    strapiServer.stubFor(
        get(urlPathEqualTo("/api/reports/rep5"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":5,"documentId":"rep5","title":"Báo cáo","year":2026,
                      "unit":{"id":1,"documentId":"unitA","name":"Trạm Y tế"}}}
                    """)));
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
  void a_malformed_spool_entry_is_set_aside_and_the_units_desk_still_opens() throws Exception {
    spool.keep(spooled("a.pdf"), "rep5", REPORT_TARGET, "a.pdf", "application/pdf", PUBLISHED);
    Path pending = spoolDir.resolve("pending");
    Files.writeString(pending.resolve("broken.properties"), "entryDocumentId=rep5\nrefId=x\n");
    Files.writeString(pending.resolve("empty.properties"), "");
    strapiServer.stubFor(get(urlPathEqualTo("/api/campaigns")).willReturn(okJson("{\"data\":[]}")));

    assertThat(reports.myDesk(2026).spooled())
        .as("the good entry is still shown, the broken ones do not break the desk")
        .extracting(UploadSpool.PendingUpload::fileName)
        .containsExactly("a.pdf");
    assertThat(pending.resolve("broken.properties.broken")).exists();
    assertThat(pending.resolve("broken.properties")).doesNotExist();
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

    strapiServer.stubFor(put(urlPathEqualTo("/api/reports/rep5")).willReturn(okJson(REPORT_5)));

    assertThat(spool.retry()).isEqualTo(1);
    assertThat(spool.pendingFor("rep5")).isEmpty();
    strapiServer.verify(2, postRequestedFor(urlPathEqualTo("/api/upload")));
    assertThat(spoolFiles()).isEmpty();
  }

  @Test
  void a_report_file_sent_from_the_spool_is_only_uploaded_and_the_report_not_written_again()
      throws Exception {
    strapiServer.stubFor(
        post(urlPathEqualTo("/api/upload")).willReturn(aResponse().withStatus(503)));
    reports.receive("bao-cao.pdf", PDF.length, new ByteArrayInputStream(PDF), n -> {});

    strapiServer.resetMappings();
    strapiServer.stubFor(post(urlPathEqualTo("/api/upload")).willReturn(okJson(MEDIA)));

    assertThat(spool.retry()).isEqualTo(1);

    strapiServer.verify(2, postRequestedFor(urlPathEqualTo("/api/upload")));
    strapiServer.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/rep5")));
    assertThat(spoolFiles()).isEmpty();
  }

  @Test
  void a_file_received_at_once_is_only_uploaded_and_the_report_not_written_again()
      throws Exception {
    strapiServer.stubFor(post(urlPathEqualTo("/api/upload")).willReturn(okJson(MEDIA)));

    UploadOutcome outcome =
        reports.receive("bao-cao.pdf", PDF.length, new ByteArrayInputStream(PDF), n -> {});

    assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
    strapiServer.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/rep5")));
  }

  @Test
  void evidence_sent_from_the_spool_does_not_write_the_initiative_again() throws Exception {
    UploadTarget evidence = UploadTarget.of(ContentType.INITIATIVES, 12, "evidence");
    spool.keep(
        spooled("minh-chung.pdf"),
        "init12",
        evidence,
        "minh-chung.pdf",
        "application/pdf",
        Publication.DRAFT);
    strapiServer.stubFor(post(urlPathEqualTo("/api/upload")).willReturn(okJson(MEDIA)));

    assertThat(spool.retry()).isEqualTo(1);

    strapiServer.verify(0, putRequestedFor(urlPathEqualTo("/api/initiatives/init12")));
    assertThat(spoolFiles()).isEmpty();
  }

  @Test
  void a_file_an_older_portal_left_waiting_for_its_re_save_is_cleared_and_not_sent_twice()
      throws Exception {
    Path pending = spoolDir.resolve("pending");
    Files.writeString(
        pending.resolve("sent.properties"),
        """
        entryDocumentId=rep5
        ref=api::report.report
        refId=5
        field=files
        fileName=da-gui.pdf
        mime=application/pdf
        size=%d
        receivedAt=2026-11-20T02:00:00Z
        publication=PUBLISHED
        uploaded=true
        """
            .formatted(PDF.length));

    assertThat(spool.retry()).as("nothing left to send").isZero();

    strapiServer.verify(0, postRequestedFor(urlPathEqualTo("/api/upload")));
    strapiServer.verify(0, putRequestedFor(urlPathEqualTo("/api/reports/rep5")));
    assertThat(spoolFiles()).isEmpty();
  }

  private static final String MEDIA =
      "[{\"id\":9,\"documentId\":\"m9\",\"name\":\"bao-cao.pdf\",\"url\":\"/uploads/b.pdf\"}]";
  private static final String REPORT_5 =
      "{\"data\":{\"id\":5,\"documentId\":\"rep5\",\"title\":\"Báo cáo\"}}";
  private static final UploadTarget REPORT_TARGET =
      UploadTarget.of(ContentType.REPORTS, 5, "files");
  private static final Publication PUBLISHED = Publication.PUBLISHED;

  /** A received file, as the spool gets it from an upload. */
  private Path spooled(String name) throws Exception {
    Path file = spool.newIncomingFile();
    Files.write(file, PDF);
    return file;
  }

  private List<Path> spoolFiles() throws Exception {
    try (var files = Files.walk(spoolDir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private List<String> requestsInOrder() {
    return strapiServer.getAllServeEvents().reversed().stream()
        .map(
            e ->
                e.getRequest().getMethod()
                    + " "
                    + e.getRequest().getUrl().replaceFirst("\\?.*", ""))
        .toList();
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
