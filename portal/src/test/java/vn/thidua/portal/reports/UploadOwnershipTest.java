package vn.thidua.portal.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
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
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.Publication;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.uploads.UploadOutcome;
import vn.thidua.portal.uploads.UploadService;

/**
 * A unit attaches files only to its own report or initiative, whatever destination the calling code
 * names: the receiver reads the entry and checks its unit before a byte goes to Strapi.
 */
class UploadOwnershipTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes();

  @TempDir Path spoolDir;
  private ReportService reports;
  private TestBeans.Reports beans;

  @BeforeEach
  void setUp() throws Exception {
    URI url = URI.create(strapi.baseUrl());
    StrapiClient client = TestBeans.strapi(url);
    URI nowhere = URI.create("http://127.0.0.1:9");
    IndexerClient indexer =
        new IndexerClient(
            new IndexerProperties(nowhere, "", Duration.ofMillis(200), Duration.ofMillis(200)));
    beans = TestReports.service(client, indexer, TestReports.properties(spoolDir));
    reports = beans.service();
    TestUsers.signIn(PortalRole.UNIT, "unitA");
    strapi.stubFor(post(urlPathEqualTo("/api/upload")).willReturn(okJson(MEDIA)));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/repB")).willReturn(okJson(entry(5, "repB", "unitB"))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiatives/iniB")).willReturn(okJson(entry(8, "iniB", "unitB"))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/initiatives/iniA")).willReturn(okJson(entry(7, "iniA", "unitA"))));
    strapi.stubFor(
        put(urlPathEqualTo("/api/initiatives/iniA")).willReturn(okJson(entry(7, "iniA", "unitA"))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/stories/st1")).willReturn(okJson(entry(3, "st1", "unitA"))));
  }

  @AfterEach
  void tearDown() throws Exception {
    TestUsers.signOut();
    beans.close();
  }

  private static final String MEDIA =
      "[{\"id\":9,\"documentId\":\"m9\",\"name\":\"a.pdf\",\"url\":\"/uploads/a.pdf\"}]";

  private static String entry(long id, String documentId, String unit) {
    return """
        {"data":{"id":%d,"documentId":"%s","title":"Mục","slug":"muc","year":2026,
          "unit":{"id":1,"documentId":"%s","name":"Đơn vị %s"}}}
        """
        .formatted(id, documentId, unit, unit);
  }

  private UploadOutcome send(UploadService.Destination to) {
    return beans
        .uploads()
        .receive("a.pdf", PDF.length, new ByteArrayInputStream(PDF), n -> {}, () -> to);
  }

  private void assertNothingReachedStrapi() throws Exception {
    strapi.verify(0, postRequestedFor(urlPathEqualTo("/api/upload")));
    try (var files = Files.walk(spoolDir)) {
      assertThat(files.filter(Files::isRegularFile)).as("nothing kept to send later").isEmpty();
    }
  }

  @Test
  void a_unit_uploading_to_another_units_report_is_refused_and_nothing_reaches_strapi()
      throws Exception {
    assertThatThrownBy(
            () ->
                send(
                    new UploadService.Destination(
                        ContentType.REPORTS, "repB", "files", Publication.PUBLISHED)))
        .isInstanceOf(AccessDeniedException.class);
    assertNothingReachedStrapi();
  }

  @Test
  void a_unit_uploading_to_another_units_initiative_is_refused_and_nothing_reaches_strapi()
      throws Exception {
    assertThatThrownBy(
            () ->
                send(
                    new UploadService.Destination(
                        ContentType.INITIATIVES, "iniB", "evidence", Publication.DRAFT)))
        .isInstanceOf(AccessDeniedException.class);
    assertNothingReachedStrapi();
  }

  @Test
  void files_go_to_no_entry_other_than_a_report_or_an_initiative() throws Exception {
    assertThatThrownBy(
            () ->
                send(
                    new UploadService.Destination(
                        ContentType.STORIES, "st1", "cover", Publication.PUBLISHED)))
        .isInstanceOf(AccessDeniedException.class);
    assertNothingReachedStrapi();
  }

  @Test
  void a_units_own_initiative_takes_the_file_under_the_id_strapi_gave_it() {
    UploadOutcome outcome =
        send(
            new UploadService.Destination(
                ContentType.INITIATIVES, "iniA", "evidence", Publication.DRAFT));

    assertThat(outcome).isInstanceOf(UploadOutcome.Stored.class);
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/upload"))
            .withRequestBody(containing("api::initiative.initiative")));
  }
}
