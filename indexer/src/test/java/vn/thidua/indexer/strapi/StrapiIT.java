package vn.thidua.indexer.strapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.StrapiAsPortal;
import vn.thidua.indexer.StrapiAsPortal.Attachment;
import vn.thidua.indexer.queue.EntryStore;
import vn.thidua.indexer.queue.FileState;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.reconcile.ReconcileService;

/**
 * The indexer with the real Strapi of the test stack (seeded with the corpus): the reconcile pass
 * with the generated read-only token, and Strapi's own webhook reaching the indexer with its
 * secret. The indexer listens on the test profile's {@code INDEXER_PORT} (18081), the address the
 * stack gave Strapi's webhook.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = "server.port=${INDEXER_PORT:18081}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class StrapiIT {

  private static final String ALIAS =
      "thidua-evidence-strapi-it-" + UUID.randomUUID().toString().substring(0, 8);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    ItEnvironment.registerTestStack(registry, ALIAS);
  }

  @Autowired ReconcileService reconcile;
  @Autowired StrapiClient strapi;
  @Autowired FileStatusStore statuses;
  @Autowired JobQueue queue;
  @Autowired EntryStore entries;
  @Autowired Environment environment;

  private final StrapiAsPortal portal = new StrapiAsPortal();
  private IndexerApi api;
  private final List<StrapiEntry> reports = new ArrayList<>();

  @BeforeAll
  void reconcileWithStrapi() {
    api =
        new IndexerApi(
            "http://127.0.0.1:" + environment.getProperty("local.server.port"),
            ItEnvironment.secret("INDEXER_API_KEY"));
    strapi.forEachEntry(ContentModel.REPORT, reports::add);
    reconcile.reconcile(false);
    Await.until(Duration.ofMinutes(10), () -> queue.depth() == 0, "the queue to empty");
    ItEnvironment.refresh(ALIAS);
  }

  @AfterAll
  void deleteTheIndex() {
    ItEnvironment.deleteIndicesOf(ALIAS);
  }

  @Test
  @Order(1)
  void every_file_of_every_report_in_strapi_gets_a_final_status() {
    assertThat(reports).as("reports seeded in Strapi").isNotEmpty();
    int indexed = 0;
    for (StrapiEntry report : reports) {
      List<FileStatus> files = statuses.findByEntry(report.documentId());
      assertThat(files).as(report.title()).hasSameSizeAs(report.files());
      for (FileStatus file : files) {
        assertThat(file.state().inProgress()).as(file.fileName() + ": " + file.reason()).isFalse();
        if (file.pages() > 0) {
          indexed++;
        }
      }
    }
    assertThat(indexed).isPositive();
  }

  @Test
  @Order(2)
  void the_public_sees_accepted_reports_only_and_staff_see_all() {
    // The search counts files (each indexed file is one head), and a report may carry several
    // (the ITs before this one leave reports of many files in the shared Strapi).
    long accepted =
        reports.stream()
            .filter(r -> "accepted".equals(r.status()))
            .mapToLong(this::indexedFiles)
            .sum();
    long all = reports.stream().mapToLong(this::indexedFiles).sum();
    assertThat(accepted).as("accepted reports with indexed files in the seed").isPositive();
    assertThat(all).as("reports not accepted in the seed").isGreaterThan(accepted);

    JsonNode anonymous = api.search(Map.of("kind", "report", "size", "100"), "anonymous", null);
    JsonNode staff = api.search(Map.of("kind", "report", "size", "100"), "reviewer", null);

    assertThat(anonymous.path("total").asLong()).isEqualTo(accepted);
    assertThat(staff.path("total").asLong()).isEqualTo(all);
  }

  @Test
  @Order(3)
  void a_scanned_report_from_strapi_is_found_by_words_typed_without_diacritics() {
    JsonNode result = api.search(Map.of("q", "cam bien do do man"), "reviewer", null);

    List<String> names = new ArrayList<>();
    result.path("hits").forEach(h -> names.add(h.path("fileName").asString()));
    assertThat(names).anyMatch(n -> n.startsWith("r01-006"));
  }

  @Test
  @Order(4)
  void a_report_accepted_in_strapi_becomes_public_through_strapis_webhook() throws Exception {
    StrapiEntry submitted =
        reports.stream()
            .filter(r -> "submitted".equals(r.status()) && !r.files().isEmpty())
            .findFirst()
            .orElseThrow();
    String fileId = submitted.files().getFirst().id();
    assertThat(api.get("/api/files/" + fileId, Map.of(), "anonymous", null).status())
        .isEqualTo(404);

    HttpResponse<String> update =
        portal.send(
            "PUT",
            "/api/reports/" + submitted.documentId(),
            "{\"data\":{\"status\":\"accepted\"}}");
    assertThat(update.statusCode())
        .as(submitted.documentId() + ": " + update.body())
        .isEqualTo(200);

    Await.until(
        Duration.ofSeconds(60),
        () -> api.get("/api/files/" + fileId, Map.of(), "anonymous", null).status() == 200,
        "Strapi's webhook to make the accepted report public");
  }

  @Test
  @Order(5)
  void an_initiative_is_found_by_the_code_of_a_criterion_it_answers() {
    List<StrapiEntry> initiatives = initiatives();
    StrapiEntry initiative = withCriteria(initiatives);
    String code = initiative.criteria().getFirst();

    assertThat(entriesWithCriterion(code))
        .contains(initiative.documentId())
        .containsExactlyInAnyOrderElementsOf(
            initiatives.stream()
                .filter(i -> i.criteria().contains(code))
                .map(StrapiEntry::documentId)
                .toList());
  }

  @Test
  @Order(6)
  void a_criterion_recoded_in_strapi_finds_its_initiatives_by_the_new_code_through_the_webhook()
      throws Exception {
    StrapiEntry initiative = withCriteria(initiatives());
    String code = initiative.criteria().getFirst();
    String recoded = code + ".it" + UUID.randomUUID().toString().substring(0, 4);
    JsonNode criteria =
        JSON.readTree(
            portal.send("GET", "/api/criteria?filters%5Bcode%5D%5B%24eq%5D=" + code, null).body());
    String criterion = criteria.path("data").path(0).path("documentId").asString();
    assertThat(criterion).as("criterion " + code + " in Strapi").isNotEmpty();

    try {
      assertThat(recode(criterion, recoded)).isEqualTo(200);
      Await.until(
          Duration.ofSeconds(60),
          () -> entriesWithCriterion(recoded).contains(initiative.documentId()),
          "Strapi's criterion webhook to re-read the initiatives");
      assertThat(entriesWithCriterion(code)).doesNotContain(initiative.documentId());
    } finally {
      recode(criterion, code);
      Await.until(
          Duration.ofSeconds(60),
          () -> entriesWithCriterion(code).contains(initiative.documentId()),
          "the seeded code to be back");
    }
  }

  private List<StrapiEntry> initiatives() {
    List<StrapiEntry> initiatives = new ArrayList<>();
    strapi.forEachEntry(ContentModel.INITIATIVE, initiatives::add);
    return initiatives;
  }

  private static StrapiEntry withCriteria(List<StrapiEntry> initiatives) {
    return initiatives.stream()
        .filter(i -> !i.criteria().isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seeded initiative has criteria"));
  }

  private Set<String> entriesWithCriterion(String code) {
    JsonNode found =
        api.search(
            Map.of("kind", "initiative", "criterion", code, "size", "100"), "reviewer", null);
    Set<String> entries = new HashSet<>();
    found.path("hits").forEach(h -> entries.add(h.path("entryDocumentId").asString()));
    return entries;
  }

  /** Staff recode a criterion in Strapi's admin (the test suites' own token stands in). */
  private int recode(String criterion, String code) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create(ItEnvironment.strapiUrl() + "/api/criteria/" + criterion))
                .header("Authorization", "Bearer " + ItEnvironment.secret("STRAPI_TESTS_TOKEN"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":{\"code\":\"" + code + "\"}}"))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** How many files of the report were read into the index (indexed, or in part). */
  private long indexedFiles(StrapiEntry report) {
    return statuses.findByEntry(report.documentId()).stream()
        .filter(f -> f.state() == FileState.INDEXED || f.state() == FileState.PARTIAL)
        .count();
  }

  @Test
  @Order(7)
  void a_file_uploaded_to_a_report_is_indexed_without_writing_the_report_again() throws Exception {
    HttpResponse<String> created =
        portal.send(
            "POST",
            "/api/reports",
            "{\"data\":{\"title\":\"StrapiIT upload\",\"year\":2026,\"stage\":\"annual\","
                + "\"status\":\"submitted\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode report = JSON.readTree(created.body()).path("data");
    String documentId = report.path("documentId").asString();
    Long fileId = null;
    try {
      // The report's own creation is read first, so that only the upload can bring its file.
      Await.until(
          Duration.ofMinutes(2),
          () -> entries.find("report", documentId).isPresent(),
          "the indexer to read the new report");
      assertThat(statuses.findByEntry(documentId)).isEmpty();

      // The upload attached to the report, and nothing after it: no re-save of the report.
      fileId =
          portal.uploaded(
              "r01-000.docx",
              Corpus.reports().resolve("r01-000.docx"),
              Attachment.reportFiles(report.path("id").asLong()));

      String file = Long.toString(fileId);
      Await.until(
          Duration.ofMinutes(3),
          () ->
              statuses
                  .find(file, documentId)
                  .map(s -> s.state() == FileState.INDEXED)
                  .orElse(false),
          "Strapi to tell the indexer which report the new file belongs to");
    } finally {
      // The portal's token may not delete a report: leave it without files, as the other ITs'
      // clean-up does (they skip a report without files).
      portal.send("PUT", "/api/reports/" + documentId, "{\"data\":{\"files\":[]}}");
      if (fileId != null) {
        portal.send("DELETE", "/api/upload/files/" + fileId, null);
      }
    }
  }
}
