package vn.thidua.indexer.search;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.FakeStrapi;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.queue.FileState;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.reason.ReasonCode;
import vn.thidua.indexer.reconcile.ReconcileService;

/**
 * The corpus through the whole pipeline into a real Elasticsearch, then searched through the API as
 * the portal does. Strapi is played by WireMock with the corpus's manifest, so this runs without a
 * Strapi; the index gets its own alias and is deleted afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class SearchIT {

  private static final String ALIAS =
      "thidua-evidence-it-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String SECRET = "it-webhook-secret";
  private static final String DELETED = "docdeleted00000000000001";
  private static final String ON_PAGE_FIVE = "docpagefive0000000000001";
  private static final String ON_PAGES_ONE_AND_THREE = "docpagesonethree00000001";

  /** Words no corpus file has: only the two multi-page files below. */
  private static final String RARE_WORDS = "wombat platypus echidna";

  /** Words on every one of 150 pages of one file, twice, and once on a few pages of two others. */
  private static final String DENSE_WORDS = "kangaroo koala";

  private static final String ON_EVERY_PAGE = "docpageseverytime0000001";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Reports the anonymous public must never see: submitted or returned. */
  private static final Map<String, String> RESTRICTED =
      Map.of("r01-003", "submitted", "r01-010", "returned", "r01-021", "submitted");

  // Started here rather than by the JUnit extension: the Spring context of a per-class test
  // instance is built before extensions run their beforeAll.
  static final WireMockServer strapi = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    strapi.start();
  }

  static Path dataDir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws Exception {
    ItEnvironment.requireElasticsearch();
    dataDir = Files.createTempDirectory("search-it");
    registry.add("indexer.elasticsearch.urls", ItEnvironment::elasticsearchUrl);
    registry.add("indexer.elasticsearch.index-alias", () -> ALIAS);
    registry.add("indexer.strapi.url", strapi::baseUrl);
    registry.add("indexer.queue.data-dir", dataDir::toString);
    registry.add("indexer.reconcile.at-start", () -> "false");
    registry.add("indexer.webhook.secret", () -> SECRET);
    registry.add("indexer.api.key", () -> "it-api-key");
  }

  @Autowired ReconcileService reconcile;
  @Autowired FileStatusStore statuses;
  @Autowired JobQueue queue;
  @Autowired Environment environment;

  private FakeStrapi fake;
  private IndexerApi api;
  private final Map<String, ObjectNode> reports = new HashMap<>();
  private final Map<String, String> unitOf = new HashMap<>();

  @BeforeAll
  void indexTheCorpus() {
    api =
        new IndexerApi(
            "http://127.0.0.1:" + environment.getProperty("local.server.port"), "it-api-key");
    fake = new FakeStrapi(new WireMock("127.0.0.1", strapi.port()));
    for (JsonNode item : FakeStrapi.manifest()) {
      String id = item.path("id").asString();
      reports.put(id, fake.reportFromManifest(item, RESTRICTED.getOrDefault(id, "accepted")));
      unitOf.put(id, FakeStrapi.unitDocumentIdOf(item.path("unit").asString()));
    }
    fake.report(
        "docranking00000000000001",
        "unittest0000000000000001",
        "Tổ dân phố Thử nghiệm",
        "to_dan_pho",
        2028,
        "accepted",
        "1/BC-TN",
        List.of(
            fake.upload(
                "nuoc-man.txt",
                "Kiểm tra độ mặn của nước giếng khoan.".getBytes(StandardCharsets.UTF_8)),
            fake.upload(
                "man-hinh.txt",
                "Kiểm tra độ màn của nước giếng khoan.".getBytes(StandardCharsets.UTF_8))));
    fake.report(
        DELETED,
        "unittest0000000000000002",
        "Tổ dân phố Xóa thử",
        "to_dan_pho",
        2028,
        "accepted",
        "2/BC-TN",
        List.of(
            fake.upload(
                "bao-cao-xoa.txt",
                "Báo cáo sẽ bị xóa khỏi Strapi.".getBytes(StandardCharsets.UTF_8))));
    String filler =
        "Trang %d: bao cao tong ket phong trao thi dua cua don vi trong nam, " + DENSE_WORDS + ".";
    String rare = "Trang %d: mo hinh nuoi " + RARE_WORDS + " tai thon.";
    fake.report(
        ON_PAGE_FIVE,
        "unittest0000000000000003",
        "Tổ dân phố Năm trang",
        "to_dan_pho",
        2028,
        "accepted",
        "3/BC-TN",
        List.of(
            fake.upload(
                "nam-trang.pdf",
                pdf(
                    filler.formatted(1),
                    filler.formatted(2),
                    filler.formatted(3),
                    filler.formatted(4),
                    rare.formatted(5)))));
    fake.report(
        ON_PAGES_ONE_AND_THREE,
        "unittest0000000000000004",
        "Tổ dân phố Ba trang",
        "to_dan_pho",
        2029,
        "accepted",
        "4/BC-TN",
        List.of(
            fake.upload(
                "ba-trang.pdf", pdf(rare.formatted(1), filler.formatted(2), rare.formatted(3)))));
    String dense = "Trang %d: " + DENSE_WORDS + ", lai " + DENSE_WORDS + ".";
    fake.report(
        ON_EVERY_PAGE,
        "unittest0000000000000005",
        "Tổ dân phố Nhiều trang",
        "to_dan_pho",
        2029,
        "accepted",
        "5/BC-TN",
        List.of(
            fake.upload(
                "nhieu-trang.pdf",
                pdf(
                    IntStream.rangeClosed(1, 150)
                        .mapToObj(dense::formatted)
                        .toArray(String[]::new)))));
    fake.publishList();

    reconcile.reconcile(false);

    Await.until(Duration.ofMinutes(10), () -> queue.depth() == 0, "the queue to empty");
    ItEnvironment.refresh(ALIAS);
  }

  @AfterAll
  void deleteTheIndex() {
    strapi.stop();
    ItEnvironment.deleteIndicesOf(ALIAS);
  }

  @Test
  void every_report_file_of_the_corpus_is_indexed() {
    for (var entry : reports.entrySet()) {
      List<FileStatus> files = statuses.findByEntry(entry.getValue().path("documentId").asString());
      assertThat(files)
          .as(entry.getKey())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.state())
                    .as(entry.getKey() + ": " + f.reason())
                    .isEqualTo(FileState.INDEXED);
                assertThat(f.pages()).isPositive();
                assertThat(f.characters()).isGreaterThan(500);
              });
    }
    for (String scanned : List.of("r01-006", "r01-016", "r01-026")) {
      FileStatus status = statuses.findByEntry(FakeStrapi.documentIdOf(scanned)).getFirst();
      assertThat(status.reason().code()).as(scanned).isEqualTo(ReasonCode.OCR_PAGES);
    }
  }

  @Test
  void every_query_finds_all_its_expected_files_in_the_first_ten_hits() throws Exception {
    JsonNode queries = JSON.readTree(Files.readString(Corpus.root().resolve("queries.json")));
    List<String> misses = new ArrayList<>();
    for (JsonNode query : queries) {
      JsonNode result =
          api.search(Map.of("q", query.path("q").asString(), "size", "10"), "reviewer", null);
      Set<String> found = new LinkedHashSet<>();
      for (JsonNode hit : result.path("hits")) {
        found.add(manifestIdOf(hit.path("entryDocumentId").asString()));
      }
      for (JsonNode expected : query.path("expect")) {
        if (!found.contains(expected.asString())) {
          misses.add(
              query.path("kind").asString()
                  + " '"
                  + query.path("q").asString()
                  + "' misses "
                  + expected.asString()
                  + " (top 10: "
                  + found
                  + ")");
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void a_query_typed_without_diacritics_is_highlighted_in_the_original_text() {
    JsonNode result = api.search(Map.of("q", "cam bien do do man"), "reviewer", null);

    // The title is planted in a DOCX (r01-012) and in a clean 150 dpi scan (r01-006): in both, the
    // marked words are the text as the unit wrote it, diacritics and all; the scan's OCR kept
    // them ("độ man" was the old preparation's reading of it).
    Map<String, String> highlights = new LinkedHashMap<>();
    for (JsonNode hit : result.path("hits")) {
      highlights.put(
          manifestIdOf(hit.path("entryDocumentId").asString()), hit.path("highlights").toString());
    }
    assertThat(highlights).containsKeys("r01-006", "r01-012");
    for (String id : List.of("r01-006", "r01-012")) {
      assertThat(highlights.get(id))
          .as(id)
          .contains("<mark>Cảm</mark> <mark>biến</mark>")
          .containsAnyOf("<mark>mặn</mark>", "độ mặn</mark>")
          .doesNotContain("<mark>man</mark>");
    }
  }

  @Test
  void the_words_of_a_clean_scan_are_found_without_diacritics_and_marked_with_them() {
    JsonNode result = api.search(Map.of("q", "lap 821 tram do"), "reviewer", null);

    JsonNode top = result.path("hits").get(0);
    assertThat(manifestIdOf(top.path("entryDocumentId").asString())).isEqualTo("r01-006");
    assertThat(top.path("highlights").toString()).contains("<mark>Lắp</mark>");
  }

  @Test
  void exact_diacritics_rank_before_the_same_letters_with_other_marks() {
    JsonNode exact = api.search(Map.of("q", "độ mặn của nước giếng"), "reviewer", null);
    JsonNode folded = api.search(Map.of("q", "do man cua nuoc gieng"), "reviewer", null);

    assertThat(exact.path("hits").get(0).path("fileName").asString()).isEqualTo("nuoc-man.txt");
    List<String> foldedNames = new ArrayList<>();
    folded.path("hits").forEach(h -> foldedNames.add(h.path("fileName").asString()));
    assertThat(foldedNames).contains("nuoc-man.txt", "man-hinh.txt");
  }

  @Test
  void a_scanned_report_is_found_with_its_page_and_its_text_is_readable() {
    JsonNode result =
        api.search(Map.of("q", "Phong trào nói không với túi", "kind", "report"), "reviewer", null);
    JsonNode hit = null;
    for (JsonNode h : result.path("hits")) {
      if (manifestIdOf(h.path("entryDocumentId").asString()).equals("r01-016")) {
        hit = h;
      }
    }
    assertThat(hit).as("r01-016 in " + result).isNotNull();
    assertThat(hit.path("page").asInt()).isEqualTo(1);

    JsonNode text =
        api.get(
                "/api/files/" + hit.path("fileId").asString() + "/text",
                Map.of(),
                "anonymous",
                null)
            .json();
    assertThat(text.path("pages").get(0).path("page").asInt()).isEqualTo(1);
    assertThat(text.path("pages").get(0).path("text").asString()).contains("Đại Sơn");
  }

  @Test
  void facets_count_files_by_kind_year_unit_kind_and_field() {
    JsonNode result =
        api.search(Map.of("q", "phong trào thi đua", "kind", "report"), "reviewer", null);

    assertThat(result.path("facets").path("kind").path("report").asLong())
        .isEqualTo(result.path("total").asLong());
    assertThat(result.path("facets").path("year").size()).isGreaterThan(1);
    assertThat(result.path("facets").path("unitKind").size()).isGreaterThan(1);
  }

  @Test
  void a_file_counts_once_in_the_total_and_the_facets_whichever_of_its_pages_match() {
    JsonNode result = api.search(Map.of("q", RARE_WORDS), "anonymous", null);

    // Page 5 alone matches in one file, pages 1 and 3 in the other: two files, not three pages.
    assertThat(result.path("total").asLong()).isEqualTo(2);
    assertThat(result.path("facets").path("kind").path("report").asLong()).isEqualTo(2);
    assertThat(result.path("facets").path("year").path("2028").asLong()).isEqualTo(1);
    assertThat(result.path("facets").path("year").path("2029").asLong()).isEqualTo(1);
    assertThat(result.path("facets").path("unitKind").path("to_dan_pho").asLong()).isEqualTo(2);
    Map<String, Integer> pageOfEntry = new HashMap<>();
    result
        .path("hits")
        .forEach(
            h -> pageOfEntry.put(h.path("entryDocumentId").asString(), h.path("page").asInt()));
    assertThat(pageOfEntry).containsOnlyKeys(ON_PAGE_FIVE, ON_PAGES_ONE_AND_THREE);
    assertThat(pageOfEntry.get(ON_PAGE_FIVE)).isEqualTo(5);
    assertThat(pageOfEntry.get(ON_PAGES_ONE_AND_THREE)).isIn(1, 3);

    JsonNode only2028 = api.search(Map.of("q", RARE_WORDS, "year", "2028"), "anonymous", null);
    assertThat(only2028.path("total").asLong()).isEqualTo(1);
    assertThat(only2028.path("hits"))
        .singleElement()
        .satisfies(h -> assertThat(h.path("entryDocumentId").asString()).isEqualTo(ON_PAGE_FIVE));
  }

  @Test
  void paging_through_words_shows_every_counted_file_once_best_first() {
    // Three files a page: the plan and the long reports match on many pages each, so the later
    // pages need more ranked pages than the first search read.
    Map<String, String> query = Map.of("q", "phong trao thi dua", "size", "3");
    long total = api.search(query, "reviewer", null).path("total").asLong();
    assertThat(total).isGreaterThan(30);

    Set<String> files = new LinkedHashSet<>();
    double previous = Double.MAX_VALUE;
    for (int page = 0; page * 3 < total; page++) {
      Map<String, String> paged = new HashMap<>(query);
      paged.put("page", String.valueOf(page));
      JsonNode hits = api.search(paged, "reviewer", null).path("hits");
      assertThat(hits.size()).as("page " + page).isEqualTo((int) Math.min(3, total - page * 3L));
      for (JsonNode hit : hits) {
        String file = hit.path("fileId").asString() + "|" + hit.path("entryDocumentId").asString();
        assertThat(files.add(file)).as(file + " shown once").isTrue();
        assertThat(hit.path("highlights").size()).as(file + " highlighted").isPositive();
        assertThat(hit.path("score").asDouble()).as(file + " ranked").isLessThanOrEqualTo(previous);
        previous = hit.path("score").asDouble();
      }
    }
    assertThat((long) files.size()).isEqualTo(total);
  }

  @Test
  void a_file_matching_on_every_page_does_not_hide_the_files_after_it() {
    // The 150 pages of one file outrank the pages of the two others: the first ranked pages read
    // hold one file, so more are read to fill the page of two files.
    Map<String, String> first = Map.of("q", DENSE_WORDS, "size", "2");
    JsonNode page0 = api.search(first, "anonymous", null);
    JsonNode page1 =
        api.search(Map.of("q", DENSE_WORDS, "size", "2", "page", "1"), "anonymous", null);

    assertThat(page0.path("total").asLong()).isEqualTo(3);
    List<String> entries = new ArrayList<>();
    page0.path("hits").forEach(h -> entries.add(h.path("entryDocumentId").asString()));
    page1.path("hits").forEach(h -> entries.add(h.path("entryDocumentId").asString()));
    assertThat(entries.getFirst()).isEqualTo(ON_EVERY_PAGE);
    assertThat(entries)
        .containsExactlyInAnyOrder(ON_EVERY_PAGE, ON_PAGE_FIVE, ON_PAGES_ONE_AND_THREE);
  }

  @Test
  void without_words_every_visible_file_is_listed_and_counted_once() {
    JsonNode all = api.search(Map.of("size", "100", "kind", "report"), "reviewer", null);
    Map<String, Long> facetTotal = new HashMap<>();
    all.path("facets")
        .path("year")
        .properties()
        .forEach(e -> facetTotal.put(e.getKey(), e.getValue().asLong()));

    Set<String> files = new LinkedHashSet<>();
    for (int page = 0; page * 100 < all.path("total").asLong(); page++) {
      api.search(
              Map.of("size", "100", "kind", "report", "page", String.valueOf(page)),
              "reviewer",
              null)
          .path("hits")
          .forEach(
              h -> assertThat(files.add(h.path("fileId").asString())).as("listed once").isTrue());
    }
    assertThat((long) files.size()).isEqualTo(all.path("total").asLong());
    assertThat(facetTotal.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(all.path("total").asLong());
    assertThat(files).hasSizeGreaterThanOrEqualTo(reports.size());
  }

  @Test
  void the_anonymous_public_never_sees_a_report_that_is_not_accepted() {
    Set<String> restrictedEntries = new LinkedHashSet<>();
    for (String id : RESTRICTED.keySet()) {
      FileStatus status = statuses.findByEntry(FakeStrapi.documentIdOf(id)).getFirst();
      if (status.visibility() == Visibility.RESTRICTED) {
        restrictedEntries.add(status.entryDocumentId());
      }
    }
    long staffTotal = api.search(Map.of("size", "100"), "reviewer", null).path("total").asLong();

    JsonNode all = api.search(Map.of("size", "100"), "anonymous", null);
    JsonNode none = api.search(Map.of("size", "100"), "", null);

    for (JsonNode result : List.of(all, none)) {
      assertThat(result.path("total").asLong()).isEqualTo(staffTotal - restrictedEntries.size());
      result
          .path("hits")
          .forEach(
              h ->
                  assertThat(restrictedEntries)
                      .doesNotContain(h.path("entryDocumentId").asString()));
    }
    String restrictedFile =
        statuses.findByEntry(FakeStrapi.documentIdOf("r01-003")).getFirst().fileId();
    assertThat(api.get("/api/files/" + restrictedFile, Map.of(), "anonymous", null).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/files/" + restrictedFile + "/text", Map.of(), "anonymous", null).status())
        .isEqualTo(404);
    assertThat(api.get("/api/files/" + restrictedFile, Map.of(), "council", null).status())
        .isEqualTo(200);
  }

  @Test
  void a_unit_sees_its_own_report_before_acceptance_and_not_another_units() {
    String own = unitOf.get("r01-003");
    String other = unitOf.get("r01-004");
    assertThat(own).isNotEqualTo(other);
    Map<String, String> query = Map.of("q", "phong trào thi đua", "unit", own, "size", "50");

    JsonNode asOwner = api.search(query, "unit", own);
    JsonNode asOther = api.search(query, "unit", other);

    assertThat(entries(asOwner)).contains(FakeStrapi.documentIdOf("r01-003"));
    assertThat(entries(asOther)).doesNotContain(FakeStrapi.documentIdOf("r01-003"));
    String file = statuses.findByEntry(FakeStrapi.documentIdOf("r01-003")).getFirst().fileId();
    assertThat(api.get("/api/files/" + file, Map.of(), "unit", own).status()).isEqualTo(200);
    assertThat(api.get("/api/files/" + file, Map.of(), "unit", other).status()).isEqualTo(404);
  }

  @Test
  void accepting_a_report_makes_its_files_public_without_extracting_them_again() {
    String documentId = FakeStrapi.documentIdOf("r01-021");
    String url = reports.get("r01-021").path("files").get(0).path("url").asString();
    Map<String, String> query = Map.of("q", "phong trào thi đua", "unit", unitOf.get("r01-021"));
    assertThat(entries(api.search(query, "anonymous", null))).doesNotContain(documentId);

    fake.setStatus(documentId, "accepted");
    assertThat(api.webhook(SECRET, "entry.update", "report", documentId)).isEqualTo(202);

    Await.until(
        Duration.ofSeconds(30),
        () -> entries(api.search(query, "anonymous", null)).contains(documentId),
        "the accepted report to become public");
    strapi.verify(1, getRequestedFor(urlPathEqualTo(url)));
  }

  @Test
  void a_deleted_report_leaves_the_index_and_the_statuses() {
    String documentId = DELETED;
    Map<String, String> query = Map.of("q", "bị xóa khỏi Strapi");
    assertThat(entries(api.search(query, "reviewer", null))).contains(documentId);

    fake.delete(documentId);
    assertThat(api.webhook(SECRET, "entry.delete", "report", documentId)).isEqualTo(202);

    // The index answers first, the statuses a moment later: the same removal, in two stores.
    Await.until(
        Duration.ofSeconds(30),
        () ->
            !entries(api.search(query, "reviewer", null)).contains(documentId)
                && statuses.findByEntry(documentId).isEmpty(),
        "the deleted report to leave the index and the statuses");
    assertThat(entries(api.search(query, "reviewer", null))).doesNotContain(documentId);
    assertThat(statuses.findByEntry(documentId)).isEmpty();
  }

  /** A PDF with one line of text per page. */
  private static byte[] pdf(String... pages) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 700);
          content.showText(text);
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> entries(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.path("hits").forEach(h -> ids.add(h.path("entryDocumentId").asString()));
    return ids;
  }

  private static String manifestIdOf(String documentId) {
    for (JsonNode item : FakeStrapi.manifest()) {
      if (FakeStrapi.documentIdOf(item.path("id").asString()).equals(documentId)) {
        return item.path("id").asString();
      }
    }
    return documentId;
  }
}
