package vn.thidua.portal.strapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.thidua.portal.TestStack;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.Unit;

/** The Strapi client against the real Strapi of cms-config, seeded with the plan. */
class StrapiClientIT {

  private static final String PLAN_SLUG = "ke-hoach-phong-trao-thi-dua-2026-2030";
  private static final Path CORPUS =
      Path.of(System.getProperty("repo.root", ".."), "..", "shared", "corpus");

  private final StrapiClient strapi = client(TestStack.secret("STRAPI_PORTAL_TOKEN"));

  /** Staff in Strapi's admin, who unpublish and delete stories (the portal's token may not). */
  private final StrapiClient staff = client(TestStack.secret("STRAPI_TESTS_TOKEN"));

  private final HttpClient http = HttpClient.newHttpClient();

  /** A client of the test stack's Strapi with {@code token}, as the portal builds its own. */
  static StrapiClient client(String token) {
    URI url = TestStack.strapiUrl();
    return StrapiClient.create(
        new StrapiProperties(
            url,
            url,
            token,
            Duration.ofSeconds(3),
            Duration.ofSeconds(20),
            Duration.ofMinutes(5),
            3,
            Duration.ofMillis(200),
            Duration.ZERO,
            Duration.ofHours(1),
            100),
        Clock.systemUTC());
  }

  @Test
  void seeded_plan_reads_back_publicly_with_its_phases_criteria_and_award_forms() {
    Campaign plan =
        strapi
            .findBySlugPublic(
                ContentType.CAMPAIGNS,
                PLAN_SLUG,
                StrapiQuery.create()
                    .populate(
                        "phases",
                        "criteriaGroups.items",
                        "awardForms",
                        "contentAreas",
                        "responsibilities",
                        "attachments"))
            .value()
            .orElseThrow();

    assertThat(plan.phases())
        .extracting(Campaign.Phase::startYear, Campaign.Phase::endYear, Campaign.Phase::reviewYear)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2026, 2027, 2027),
            org.assertj.core.groups.Tuple.tuple(2028, 2030, 2030));
    assertThat(plan.phases())
        .extracting(Campaign.Phase::reviewKind)
        .containsExactly(Stage.MID_TERM, Stage.FINAL);
    assertThat(plan.contentAreas()).hasSize(5);
    assertThat(plan.criteriaGroups())
        .hasSize(4)
        .allSatisfy(g -> assertThat(g.items()).isNotEmpty());
    assertThat(plan.awardForms())
        .filteredOn(f -> f.stage() == Stage.FINAL)
        .extracting(Campaign.AwardForm::name)
        .anySatisfy(name -> assertThat(name).contains("Thủ tướng Chính phủ"));
    assertThat(plan.reportDeadlineDay()).isEqualTo(1);
    assertThat(plan.reportDeadlineMonth()).isEqualTo(12);
    assertThat(plan.attachments())
        .extracting(StrapiMedia::name)
        .anySatisfy(n -> assertThat(n).endsWith(".pdf"))
        .anySatisfy(n -> assertThat(n).endsWith(".docx"));
    assertThat(strapi.find(ContentType.CRITERIA, StrapiQuery.create().page(1, 100)).data())
        .hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void a_story_goes_through_create_publish_read_update_unpublish_and_delete() {
    String title = "Bài thử nghiệm " + UUID.randomUUID();
    Story draft =
        strapi.create(
            ContentType.STORIES,
            Map.of("title", title, "summary", "Tóm tắt", "body", "Nội dung **in đậm**."),
            Publication.DRAFT);
    assertThat(draft.slug()).isNotBlank();
    assertThat(publicStories(draft.slug())).as("a draft is not public").isEmpty();

    strapi.publish(ContentType.STORIES, draft.documentId());
    assertThat(publicStories(draft.slug())).hasSize(1);
    assertThat(
            strapi
                .findOnePublic(ContentType.STORIES, draft.documentId(), StrapiQuery.create())
                .value()
                .title())
        .as("one story read by the public by its documentId (the portal's file route does)")
        .isEqualTo(title);

    strapi.update(
        ContentType.STORIES,
        draft.documentId(),
        Map.of("title", title + " (sửa)"),
        Publication.PUBLISHED);
    assertThat(
            strapi.findOne(ContentType.STORIES, draft.documentId(), StrapiQuery.create()).title())
        .endsWith("(sửa)");

    staff.unpublish(ContentType.STORIES, draft.documentId());
    assertThat(publicStories(draft.slug())).as("unpublished").isEmpty();

    staff.delete(ContentType.STORIES, draft.documentId());
    assertThatThrownBy(
            () ->
                strapi.findOne(
                    ContentType.STORIES, draft.documentId(), StrapiQuery.create().draft()))
        .isInstanceOf(StrapiNotFoundException.class);
  }

  @Test
  void the_public_role_cannot_read_drafts_even_when_it_asks_for_them() throws Exception {
    Story draft =
        strapi.create(
            ContentType.STORIES,
            Map.of("title", "Bản nháp riêng " + UUID.randomUUID()),
            Publication.DRAFT);

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    TestStack.strapiUrl()
                        .resolve(
                            "/api/stories?status=draft&filters%5BdocumentId%5D%5B%24eq%5D="
                                + draft.documentId()))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).doesNotContain(draft.documentId());
    assertThat(
            http.send(
                    HttpRequest.newBuilder(TestStack.strapiUrl().resolve("/api/reports")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .as("reports are never public")
        .isEqualTo(403);
  }

  @Test
  void a_report_file_uploads_streamed_and_is_attached_to_its_report() {
    Unit unit = strapi.find(ContentType.UNITS, StrapiQuery.create().page(1, 1)).data().getFirst();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", "Báo cáo thử tải lên");
    data.put("unit", unit.documentId());
    data.put("year", 2026);
    data.put("stage", "annual");
    data.put("status", "submitted");
    data.put("submittedAt", Instant.now().toString());
    Report report = strapi.create(ContentType.REPORTS, data, Publication.PUBLISHED);
    Path file = CORPUS.resolve("reports/r01-002.docx");

    List<StrapiMedia> media =
        strapi.upload(
            UploadSource.of(
                file,
                "upload-test.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            UploadTarget.of(ContentType.REPORTS, report.id(), "files"));

    assertThat(media)
        .singleElement()
        .satisfies(m -> assertThat(m.name()).isEqualTo("upload-test.docx"));
    Report reread =
        strapi.findOne(
            ContentType.REPORTS, report.documentId(), StrapiQuery.create().populate("files"));
    assertThat(reread.files()).extracting(StrapiMedia::name).containsExactly("upload-test.docx");
  }

  @Test
  void a_published_story_reaches_the_indexer_through_the_webhook_and_its_secret() throws Exception {
    String marker = "kiemthuwebhook" + UUID.randomUUID().toString().replace("-", "");
    strapi.create(
        ContentType.STORIES,
        Map.of("title", "Bài về " + marker, "summary", marker),
        Publication.PUBLISHED);

    // The indexer accepts Strapi's webhook only with the shared secret; finding the story in
    // its search proves the webhook arrived with it.
    Instant deadline = Instant.now().plusSeconds(60);
    String body = "";
    while (Instant.now().isBefore(deadline)) {
      body =
          http.send(
                  HttpRequest.newBuilder(
                          TestStack.indexerUrl()
                              .resolve(
                                  "/api/search?q="
                                      + URLEncoder.encode(marker, StandardCharsets.UTF_8)))
                      .header("X-Api-Key", TestStack.secret("INDEXER_API_KEY"))
                      .header("X-Caller-Role", "anonymous")
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (body.contains(marker)) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(body).contains(marker);
  }

  private List<Story> publicStories(String slug) {
    // A fresh client each time: no cache between the steps of the lifecycle.
    return client("")
        .findPublic(ContentType.STORIES, StrapiQuery.create().eq("slug", slug))
        .value()
        .data();
  }
}
