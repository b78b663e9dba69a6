package vn.thidua.portal.strapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.portal.MutableClock;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.SiteSetting;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.Story;
import vn.thidua.portal.strapi.model.StrapiLogin;
import vn.thidua.portal.strapi.model.StrapiMedia;
import vn.thidua.portal.strapi.model.StrapiPage;
import vn.thidua.portal.strapi.model.StrapiUser;
import vn.thidua.portal.strapi.model.Unit;
import vn.thidua.portal.strapi.model.UnitKind;

class StrapiClientTest {

  private static final String TOKEN = "secret-portal-token";

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T03:00:00Z"));
  private StrapiClient client;

  @BeforeEach
  void setUp() {
    URI url = URI.create(strapi.baseUrl());
    StrapiProperties properties =
        new StrapiProperties(
            url,
            url,
            TOKEN,
            Duration.ofSeconds(1),
            Duration.ofMillis(500),
            Duration.ofSeconds(5),
            3,
            Duration.ofMillis(1),
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            100);
    client = StrapiConfiguration.create(properties, clock, duration -> {});
  }

  private static final String STORIES_PAGE =
      """
      {"data":[{"id":7,"documentId":"st1","title":"Phân loại rác tại nguồn","slug":"phan-loai-rac",
        "summary":"Tóm tắt","body":"# Tiêu đề\\n\\nNội dung","featured":true,"publishedDate":"2026-10-01",
        "column":{"id":1,"documentId":"c1","name":"Chuyển đổi xanh","slug":"chuyen-doi-xanh"},
        "units":[{"id":3,"documentId":"u1","name":"Công ty CP May Đại Sơn","kind":"doanh_nghiep"}],
        "initiatives":[{"id":4,"documentId":"i1","title":"Ủ phân hữu cơ","field":"chuyen_doi_xanh"}],
        "cover":{"id":9,"documentId":"m1","name":"anh.jpg","mime":"image/jpeg","size":12.5,
          "url":"/uploads/anh.jpg","formats":{"small":{"url":"/uploads/small_anh.jpg","width":500}}}}],
       "meta":{"pagination":{"page":2,"pageSize":10,"pageCount":3,"total":25}}}
      """;

  @Test
  void find_sends_the_query_with_the_token_and_reads_typed_entries() {
    strapi.stubFor(get(urlPathEqualTo("/api/stories")).willReturn(okJson(STORIES_PAGE)));

    StrapiPage<Story> page =
        client.find(
            ContentType.STORIES,
            StrapiQuery.create()
                .populate("cover", "column", "units", "initiatives")
                .eq("column.slug", "chuyen-doi-xanh")
                .sortDesc("publishedDate")
                .page(2, 10));

    Story story = page.data().getFirst();
    assertThat(story.title()).isEqualTo("Phân loại rác tại nguồn");
    assertThat(story.body().source()).startsWith("# Tiêu đề");
    assertThat(story.units().getFirst().kind()).isEqualTo(UnitKind.DOANH_NGHIEP);
    assertThat(story.initiatives().getFirst().field()).isEqualTo(InitiativeField.CHUYEN_DOI_XANH);
    assertThat(story.cover().formats().get("small").width()).isEqualTo(500);
    assertThat(story.tags()).isEmpty();
    assertThat(page.pagination()).isEqualTo(new StrapiPage.Pagination(2, 10, 3, 25));
    strapi.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/stories"))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN))
            .withQueryParam("populate[column]", equalTo("true"))
            .withQueryParam("filters[column][slug][$eq]", equalTo("chuyen-doi-xanh"))
            .withQueryParam("sort[0]", equalTo("publishedDate:desc"))
            .withQueryParam("pagination[page]", equalTo("2"))
            .withQueryParam("pagination[pageSize]", equalTo("10"))
            .withQueryParam("status", absent()));
  }

  @Test
  void find_one_reads_the_plan_with_its_components_and_draft_status_for_staff_previews() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/campaigns/cp1"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":1,"documentId":"cp1","title":"Kế hoạch","slug":"ke-hoach",
                     "basis":["Căn cứ một;","Căn cứ hai;"],
                     "phases":[{"name":"Giai đoạn 1","startYear":2026,"endYear":2027,
                                "reviewKind":"mid_term","reviewYear":2027}],
                     "criteriaGroups":[{"unitKind":"co_quan","heading":"1.1",
                        "items":[{"letter":"a","area":"doi_moi","title":"Hoàn thành"}]}],
                     "reportDeadlineDay":1,"reportDeadlineMonth":12,"unknownNewField":42},
                     "meta":{}}
                    """)));

    Campaign plan =
        client.findOne(ContentType.CAMPAIGNS, "cp1", StrapiQuery.create().populate("*").draft());

    assertThat(plan.basis().source()).isEqualTo("Căn cứ một;\n\nCăn cứ hai;");
    assertThat(plan.phases().getFirst().reviewKind()).isEqualTo(Stage.MID_TERM);
    assertThat(plan.criteriaGroups().getFirst().items()).hasSize(1);
    assertThat(plan.contentAreas()).isEmpty();
    assertThat(plan.reportDeadlineMonth()).isEqualTo(12);
    strapi.verify(
        getRequestedFor(urlPathEqualTo("/api/campaigns/cp1"))
            .withQueryParam("status", equalTo("draft"))
            .withQueryParam("populate", equalTo("*")));
  }

  @Test
  void create_as_draft_sends_status_draft_and_the_data_envelope() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/units"))
            .willReturn(
                okJson(
                    """
                    {"data":{"id":5,"documentId":"u5","name":"Hội Nông dân","kind":"mat_tran_doan_the"}}
                    """)));

    Unit unit =
        client.create(
            ContentType.UNITS,
            Map.of("name", "Hội Nông dân", "kind", UnitKind.MAT_TRAN_DOAN_THE),
            Publication.DRAFT);

    assertThat(unit.documentId()).isEqualTo("u5");
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/units"))
            .withQueryParam("status", equalTo("draft"))
            .withHeader("Content-Type", equalTo("application/json"))
            .withRequestBody(
                equalToJson(
                    "{\"data\":{\"name\":\"Hội Nông dân\",\"kind\":\"mat_tran_doan_the\"}}")));
  }

  @Test
  void update_and_publish_are_puts_without_draft_status() {
    strapi.stubFor(
        put(urlPathEqualTo("/api/units/u5"))
            .willReturn(okJson("{\"data\":{\"id\":5,\"documentId\":\"u5\",\"name\":\"Hội\"}}")));

    client.update(ContentType.UNITS, "u5", Map.of("name", "Hội"), Publication.PUBLISHED);
    client.publish(ContentType.UNITS, "u5");

    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/units/u5"))
            .withQueryParam("status", absent())
            .withRequestBody(equalToJson("{\"data\":{\"name\":\"Hội\"}}")));
    strapi.verify(
        1,
        putRequestedFor(urlPathEqualTo("/api/units/u5"))
            .withQueryParam("status", absent())
            .withRequestBody(equalToJson("{\"data\":{}}")));
  }

  @Test
  void unpublish_and_delete_address_the_document() {
    strapi.stubFor(post(urlPathEqualTo("/api/stories/st1/unpublish")).willReturn(okJson("{}")));
    strapi.stubFor(
        delete(urlPathEqualTo("/api/stories/st1")).willReturn(aResponse().withStatus(204)));

    client.unpublish(ContentType.STORIES, "st1");
    client.delete(ContentType.STORIES, "st1");

    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/stories/st1/unpublish")));
    strapi.verify(1, deleteRequestedFor(urlPathEqualTo("/api/stories/st1")));
  }

  @Test
  void login_and_me_use_the_users_credentials_never_the_api_token() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/auth/local"))
            .willReturn(
                okJson(
                    "{\"jwt\":\"user-jwt\",\"user\":{\"id\":11,\"username\":\"kinhte\",\"blocked\":false}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/users/me"))
            .willReturn(
                okJson(
                    """
                    {"id":11,"username":"kinhte","email":"kt@daison.vn","blocked":false,
                     "role":{"id":3,"name":"Unit","type":"unit"},
                     "unit":{"id":2,"documentId":"u2","name":"Phòng Kinh tế xã","kind":"co_quan"}}
                    """)));

    StrapiLogin login = client.login("kinhte", "mat-khau");
    StrapiUser me = client.me(login.jwt());

    assertThat(login.toString()).doesNotContain("user-jwt");
    assertThat(me.role().type()).isEqualTo("unit");
    assertThat(me.unit().documentId()).isEqualTo("u2");
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/auth/local"))
            .withHeader("Authorization", absent())
            .withRequestBody(equalToJson("{\"identifier\":\"kinhte\",\"password\":\"mat-khau\"}")));
    strapi.verify(
        getRequestedFor(urlPathEqualTo("/api/users/me"))
            .withHeader("Authorization", equalTo("Bearer user-jwt"))
            .withQueryParam("populate[role]", equalTo("true"))
            .withQueryParam("populate[unit]", equalTo("true")));
  }

  @Test
  void a_validation_error_names_the_refused_fields() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/stories"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"data":null,"error":{"status":400,"name":"ValidationError",
                         "message":"2 errors occurred","details":{"errors":[
                           {"path":["title"],"message":"title must be defined.","name":"ValidationError"},
                           {"path":["contentAreas","0","order"],"message":"order must be a number","name":"ValidationError"}]}}}
                        """)));

    assertThatThrownBy(() -> client.create(ContentType.STORIES, Map.of(), Publication.DRAFT))
        .isInstanceOfSatisfying(
            StrapiValidationException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.messageKey()).isEqualTo("strapi.error.validation");
              assertThat(e.fieldErrors())
                  .containsExactly(
                      new StrapiValidationException.FieldError("title", "title must be defined."),
                      new StrapiValidationException.FieldError(
                          "contentAreas.0.order", "order must be a number"));
              assertThat(e.messageArgs()[0].toString()).contains("title: title must be defined.");
              assertThat(e.getMessage()).doesNotContain(TOKEN);
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void a_refused_caller_gets_an_access_denied_error(int status) {
    strapi.stubFor(
        get(urlPathEqualTo("/api/reports"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":"
                            + status
                            + ",\"name\":\"ForbiddenError\",\"message\":\"Forbidden\"}}")));

    assertThatThrownBy(() -> client.find(ContentType.REPORTS, StrapiQuery.create()))
        .isInstanceOfSatisfying(
            StrapiAccessDeniedException.class,
            e ->
                assertThat(e.messageKey())
                    .isEqualTo(
                        status == 401 ? "strapi.error.unauthorised" : "strapi.error.forbidden"));
    strapi.verify(1, getRequestedFor(urlPathEqualTo("/api/reports")));
  }

  @Test
  void a_missing_entry_is_not_found_and_not_retried() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/stories/nope"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":404,\"name\":\"NotFoundError\",\"message\":\"Not Found\"}}")));

    assertThatThrownBy(() -> client.findOne(ContentType.STORIES, "nope", StrapiQuery.create()))
        .isInstanceOf(StrapiNotFoundException.class);
    strapi.verify(1, getRequestedFor(urlPathEqualTo("/api/stories/nope")));
  }

  @Test
  void a_read_is_retried_after_a_server_error_and_then_succeeds() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/units"))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(serverError())
            .willSetStateTo("second"));
    strapi.stubFor(
        get(urlPathEqualTo("/api/units"))
            .inScenario("flaky")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("third"));
    strapi.stubFor(
        get(urlPathEqualTo("/api/units"))
            .inScenario("flaky")
            .whenScenarioStateIs("third")
            .willReturn(
                okJson(
                    "{\"data\":[],\"meta\":{\"pagination\":{\"page\":1,\"pageSize\":25,\"pageCount\":0,\"total\":0}}}")));

    assertThat(client.find(ContentType.UNITS, StrapiQuery.create()).data()).isEmpty();
    strapi.verify(3, getRequestedFor(urlPathEqualTo("/api/units")));
  }

  @Test
  void a_write_is_never_retried_after_a_server_error() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/reports"))
            .willReturn(
                aResponse()
                    .withStatus(500)
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":500,\"name\":\"InternalServerError\",\"message\":\"Internal Server Error\"}}")));

    assertThatThrownBy(
            () -> client.create(ContentType.REPORTS, Map.of("year", 2026), Publication.DRAFT))
        .isInstanceOfSatisfying(
            StrapiServerException.class, e -> assertThat(e.status()).isEqualTo(500));
    strapi.verify(1, postRequestedFor(urlPathEqualTo("/api/reports")));
  }

  @Test
  void a_dropped_connection_makes_strapi_unavailable_after_every_read_attempt() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/awards"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client.find(ContentType.AWARDS, StrapiQuery.create()))
        .isInstanceOfSatisfying(
            StrapiUnavailableException.class,
            e -> {
              assertThat(e.isTimeout()).isFalse();
              assertThat(e.messageKey()).isEqualTo("strapi.error.unavailable");
            });
    // 3 attempts; the JDK client itself sends a GET once more when the connection closes
    // before any answer (its retry of idempotent requests), hence 2 requests an attempt.
    strapi.verify(3 * 2, getRequestedFor(urlPathEqualTo("/api/awards")));
  }

  @Test
  void a_dropped_connection_on_a_write_is_not_retried() {
    strapi.stubFor(
        put(urlPathEqualTo("/api/reports/r1"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(
            () ->
                client.update(
                    ContentType.REPORTS, "r1", Map.of("status", "accepted"), Publication.PUBLISHED))
        .isInstanceOf(StrapiUnavailableException.class);
    strapi.verify(1, putRequestedFor(urlPathEqualTo("/api/reports/r1")));
  }

  @Test
  void a_slow_strapi_times_out_as_unavailable() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/criteria"))
            .willReturn(okJson("{\"data\":[]}").withFixedDelay(2_000)));

    assertThatThrownBy(() -> client.find(ContentType.CRITERIA, StrapiQuery.create()))
        .isInstanceOfSatisfying(
            StrapiUnavailableException.class, e -> assertThat(e.isTimeout()).isTrue());
    strapi.verify(3, getRequestedFor(urlPathEqualTo("/api/criteria")));
  }

  @Test
  void malformed_json_is_reported_and_not_retried() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/columns"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"data\":[{\"id\":1,")));

    assertThatThrownBy(() -> client.find(ContentType.COLUMNS, StrapiQuery.create()))
        .isInstanceOfSatisfying(
            StrapiMalformedResponseException.class,
            e -> assertThat(e.messageKey()).isEqualTo("strapi.error.malformed"));
    strapi.verify(1, getRequestedFor(urlPathEqualTo("/api/columns")));
  }

  @Test
  void public_reads_are_anonymous_and_cached_briefly() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/site-setting"))
            .willReturn(
                okJson(
                    "{\"data\":{\"id\":1,\"documentId\":\"s1\",\"movementName\":\"Đại Sơn đổi mới sáng tạo\"}}")));

    Cached<SiteSetting> first =
        client.findSinglePublic(SingleType.SITE_SETTING, StrapiQuery.create());
    Cached<SiteSetting> second =
        client.findSinglePublic(SingleType.SITE_SETTING, StrapiQuery.create());

    assertThat(first.stale()).isFalse();
    assertThat(second.value().movementName()).isEqualTo("Đại Sơn đổi mới sáng tạo");
    strapi.verify(
        1,
        getRequestedFor(urlPathEqualTo("/api/site-setting")).withHeader("Authorization", absent()));
  }

  @Test
  void the_last_good_public_read_is_served_stale_while_strapi_is_down() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/stories"))
            .inScenario("outage")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(okJson(STORIES_PAGE))
            .willSetStateTo("down"));
    strapi.stubFor(
        get(urlPathEqualTo("/api/stories"))
            .inScenario("outage")
            .whenScenarioStateIs("down")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    Instant fetched = clock.instant();

    client.findPublic(ContentType.STORIES, StrapiQuery.create());
    clock.advance(Duration.ofMinutes(5));
    Cached<StrapiPage<Story>> during = client.findPublic(ContentType.STORIES, StrapiQuery.create());
    Cached<Optional<Story>> bySlugUncached = tryBySlug("phan-loai-rac");

    assertThat(during.stale()).isTrue();
    assertThat(during.fetchedAt()).isEqualTo(fetched);
    assertThat(during.value().data().getFirst().slug()).isEqualTo("phan-loai-rac");
    assertThat(bySlugUncached).isNull();
    // 1 good read, then 3 attempts of 2 requests each (the JDK client's own GET retry); the
    // slug read is not sent at all: Strapi failed moments ago.
    strapi.verify(1 + 3 * 2, getRequestedFor(urlPathEqualTo("/api/stories")));
  }

  /** A read never made before cannot be served from the cache: it fails, quickly. */
  private Cached<Optional<Story>> tryBySlug(String slug) {
    try {
      return client.findBySlugPublic(ContentType.STORIES, slug, StrapiQuery.create());
    } catch (StrapiUnavailableException e) {
      return null;
    }
  }

  @Test
  void an_english_read_lays_the_translations_over_the_vietnamese_page() {
    strapi.stubFor(
        get(urlPathEqualTo("/api/columns"))
            .withQueryParam("locale", absent())
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":2,"documentId":"c1","name":"Chuyển đổi xanh","slug":"chuyen-doi-xanh"},
                             {"id":4,"documentId":"c2","name":"Tin hoạt động","slug":"tin-hoat-dong"}],
                     "meta":{"pagination":{"page":1,"pageSize":50,"pageCount":1,"total":2}}}""")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/columns"))
            .withQueryParam("locale", equalTo("en"))
            .withQueryParam("filters[documentId][$in][0]", equalTo("c1"))
            .withQueryParam("filters[documentId][$in][1]", equalTo("c2"))
            .willReturn(
                okJson(
                    """
                    {"data":[{"id":12,"documentId":"c1","name":"Green transformation","slug":"chuyen-doi-xanh"}],
                     "meta":{"pagination":{"page":1,"pageSize":2,"pageCount":1,"total":1}}}""")));

    List<Column> english =
        client
            .findPublic(ContentType.COLUMNS, StrapiQuery.create().sortAsc("order"), Locale.ENGLISH)
            .value()
            .data();
    List<Column> vietnamese =
        client
            .findPublic(ContentType.COLUMNS, StrapiQuery.create().sortAsc("order"))
            .value()
            .data();

    assertThat(english)
        .extracting(Column::name)
        .containsExactly("Green transformation", "Tin hoạt động");
    assertThat(vietnamese)
        .extracting(Column::name)
        .containsExactly("Chuyển đổi xanh", "Tin hoạt động");
  }

  @Test
  void a_public_read_never_asks_for_drafts() {
    assertThatThrownBy(() -> client.findPublic(ContentType.STORIES, StrapiQuery.create().draft()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_upload_streams_the_file_with_its_entry_link_and_never_reads_it_whole() throws Exception {
    strapi.stubFor(
        post(urlPathEqualTo("/api/upload"))
            .willReturn(
                okJson(
                    "[{\"id\":21,\"documentId\":\"m21\",\"name\":\"Báo cáo 2026.pdf\",\"mime\":\"application/pdf\",\"size\":8192.0,\"url\":\"/uploads/bao_cao_2026.pdf\"}]")));
    long size = 8L * 1024 * 1024 + 17;
    CountingStream source = new CountingStream(size);
    MessageDigest sent = MessageDigest.getInstance("SHA-256");
    new CountingStream(size)
        .transferTo(
            new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sent));

    List<StrapiMedia> media =
        client.upload(
            new UploadSource("Báo cáo 2026.pdf", "application/pdf", size, () -> source),
            UploadTarget.of(ContentType.REPORTS, 42, "files"));

    assertThat(media.getFirst().documentId()).isEqualTo("m21");
    assertThat(source.total).isEqualTo(size);
    assertThat(source.largestRead).isLessThanOrEqualTo(64 * 1024);
    assertThat(source.reads).isGreaterThan(100);
    assertThat(source.closed).isTrue();
    Request request = strapi.getAllServeEvents().getFirst().getRequest();
    assertThat(Long.parseLong(request.getHeader("Content-Length"))).isGreaterThan(size);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getPart("ref").getBody().asString()).isEqualTo("api::report.report");
    assertThat(request.getPart("refId").getBody().asString()).isEqualTo("42");
    assertThat(request.getPart("field").getBody().asString()).isEqualTo("files");
    byte[] received = request.getPart("files").getBody().asBytes();
    assertThat(received).hasSize((int) size);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(received)))
        .isEqualTo(HexFormat.of().formatHex(sent.digest()));
    strapi.verify(
        1,
        postRequestedFor(urlPathEqualTo("/api/upload"))
            .withHeader("Content-Type", containing("multipart/form-data; boundary=")));
  }

  @Test
  void an_upload_whose_file_ends_early_blames_the_file_not_strapi() {
    strapi.stubFor(post(urlPathEqualTo("/api/upload")).willReturn(okJson("[]")));

    assertThatThrownBy(
            () ->
                client.upload(
                    new UploadSource(
                        "a.pdf", "application/pdf", 10_000, () -> new CountingStream(5_000)),
                    UploadTarget.of(ContentType.REPORTS, 1, "files")))
        .isInstanceOf(StrapiUploadSourceException.class);
  }

  /** Generates bytes on the fly and counts how it is read. */
  private static final class CountingStream extends InputStream {
    private final long size;
    long total;
    int reads;
    int largestRead;
    boolean closed;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (total >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - total);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) ((total + i) * 31 % 251);
      }
      total += n;
      reads++;
      largestRead = Math.max(largestRead, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
    }
  }
}
