package vn.thidua.portal.files;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.portal.MutableClock;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.strapi.model.StrapiMedia;

class PublicFilesTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private PublicFiles files;

  @BeforeEach
  void setUp() {
    URI url = URI.create(strapi.baseUrl());
    StrapiProperties properties =
        new StrapiProperties(
            url,
            url,
            "token",
            Duration.ofSeconds(5),
            // Generous: the first answer pays for warming up JSON mapping on a busy machine.
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            1,
            Duration.ofMillis(1),
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            100);
    files =
        new PublicFiles(
            StrapiClient.create(
                properties, new MutableClock(Instant.parse("2026-11-24T00:00:00Z"))));
  }

  @Test
  void a_file_attached_to_the_published_plan_is_served() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/campaigns/plan1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"plan1","title":"Kế hoạch","slug":"ke-hoach",
                     "attachments":[{"id":5,"documentId":"m5","name":"ke-hoach.pdf",
                       "url":"/uploads/ke_hoach_ab12.pdf","mime":"application/pdf"}]}}
                    """)));

    assertThat(files.find("ke-hoach", "plan1", "ke_hoach_ab12.pdf"))
        .map(StrapiMedia::name)
        .contains("ke-hoach.pdf");
    assertThat(files.find("ke-hoach", "plan1", "other_file.pdf")).isEmpty();
  }

  @Test
  void a_draft_or_unknown_entry_and_odd_names_serve_nothing() {
    strapi.stubFor(get(urlPathEqualTo("/api/stories/draft1")).willReturn(notFound()));

    assertThat(files.find("tin-bai", "draft1", "anh_1.jpg")).isEmpty();
    assertThat(files.find("bao-cao", "r1", "r01_006.pdf")).isEmpty();
    assertThat(files.find("ke-hoach", "plan1", "..%2F..%2Fetc%2Fpasswd")).isEmpty();
  }

  @Test
  void an_image_of_a_published_storys_text_is_served_through_its_story() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/stories/st1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"st1","title":"T","slug":"t",
                     "body":"Ảnh: ![lớp học](/uploads/lop_hoc_9f.jpg) ![khác](/uploads/bao_cao_77.jpg)",
                     "images":[{"id":9,"documentId":"m9","name":"lop-hoc.jpg",
                       "url":"/uploads/lop_hoc_9f.jpg","mime":"image/jpeg"}]}}
                    """)));

    assertThat(files.find("tin-bai", "st1", "lop_hoc_9f.jpg")).isPresent();
    assertThat(files.find("tin-bai", "st1", "bao_cao_77.jpg"))
        .as("a file the text names but the story does not hold is not the story's to serve")
        .isEmpty();
    assertThat(
            PublicFiles.rewriter(PublicFiles.Owner.STORY, "st1").apply("/uploads/lop_hoc_9f.jpg"))
        .isEqualTo("/tep/tin-bai/st1/lop_hoc_9f.jpg");
  }

  @Test
  void a_file_of_an_accepted_report_is_public_evidence_and_a_submitted_one_is_not() {
    String report =
        """
        {"data":{"id":7,"documentId":"%s","status":"%s",
         "files":[{"id":41,"documentId":"m41","name":"bao-cao-2026.pdf",
           "url":"/uploads/bao_cao_2026_c3.pdf","mime":"application/pdf"}]}}
        """;
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/accepted1"))
            .withHeader(
                "Authorization",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer token"))
            .willReturn(okJson(report.formatted("accepted1", "accepted"))));
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports/submitted1"))
            .willReturn(okJson(report.formatted("submitted1", "submitted"))));

    // A search hit names the file by its media id, and opens the PDF at the page it found.
    String href = PublicFiles.evidenceUrl("report", "accepted1", "41", 3).orElseThrow();
    assertThat(href).isEqualTo("/tep/bao-cao/accepted1/41#page=3");
    assertThat(files.find("bao-cao", "accepted1", "41"))
        .map(StrapiMedia::url)
        .contains("/uploads/bao_cao_2026_c3.pdf");
    assertThat(files.find("bao-cao", "accepted1", "42")).isEmpty();
    assertThat(files.find("bao-cao", "submitted1", "41")).isEmpty();
  }

  @Test
  void hits_outside_files_or_of_stories_have_no_file_address() {
    assertThat(PublicFiles.evidenceUrl("report", "r1", null, 2)).isEmpty();
    assertThat(PublicFiles.evidenceUrl("story", "s1", "5", null)).isEmpty();
    assertThat(PublicFiles.evidenceUrl("report", "r1", "../5", null)).isEmpty();
    assertThat(PublicFiles.evidenceUrl("initiative", "i1", "5", null))
        .contains("/tep/sang-kien/i1/5");
  }
}
