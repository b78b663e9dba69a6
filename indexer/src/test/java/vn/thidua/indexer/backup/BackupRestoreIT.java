package vn.thidua.indexer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;

/**
 * Backup and restore as an operator runs them: the test stack (Strapi seeded with the corpus, plus
 * a review, a returned report with its history and a new story made here) gets its indexer, is
 * backed up with {@code infra/stack backup}, restored with {@code infra/stack restore} into a new
 * state folder on other ports, and started there with {@code infra/stack up}. Both sites must then
 * hold the same entries (Strapi REST), the same files (checksums, on disk and over HTTP), and give
 * the same answers to the searches of the corpus, whose index the restored indexer rebuilt from
 * Strapi alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int OFFSET = 50;
  private static final List<String> TYPES =
      List.of(
          "reports",
          "initiatives",
          "initiative-reviews",
          "stories",
          "awards",
          "units",
          "criteria",
          "columns",
          "campaigns");

  private final HttpClient http = HttpClient.newHttpClient();
  private Path repo;
  private Path target;
  private Site source;
  private Site restored;
  private StackCommand sourceStack;
  private StackCommand restoredStack;

  /** One running site: where its state is, and how to reach Strapi and the indexer. */
  private record Site(
      Path home, String elasticsearch, String strapi, String indexer, Map<String, String> secrets) {
    IndexerApi api() {
      return new IndexerApi(indexer, secrets.get("INDEXER_API_KEY"));
    }
  }

  @BeforeAll
  void backUpAndRestoreIntoANewStateFolder() throws Exception {
    ItEnvironment.requireElasticsearch();
    ItEnvironment.requireStrapi();
    repo = Path.of(System.getProperty("repo.root"));
    target = repo.resolve("indexer/target/backup-it");
    Files.createDirectories(target);
    int es = port("ES_PORT", 19200);
    int strapi = port("STRAPI_PORT", 11337);
    int indexer = port("INDEXER_PORT", 18081);
    int portal = port("PORTAL_PORT", 18080);
    Path sourceHome = Path.of(System.getProperty("stack.home"));
    sourceStack =
        new StackCommand(
            repo,
            Map.of(
                "STACK_PROFILE", "test",
                "STACK_HOME", sourceHome.toString(),
                "STACK_NO_BUILD", "1",
                "ES_PORT", "" + es,
                "STRAPI_PORT", "" + strapi,
                "INDEXER_PORT", "" + indexer,
                "PORTAL_PORT", "" + portal),
            target.resolve("source-stack.log"));
    source =
        new Site(
            sourceHome,
            "http://127.0.0.1:" + es,
            "http://127.0.0.1:" + strapi,
            "http://127.0.0.1:" + indexer,
            ItEnvironment.secrets());

    sourceStack.run(Duration.ofMinutes(10), "up", "indexer");
    addReviewHistoryAndAStory();
    settle(source);

    Path backups = target.resolve("archives");
    long start = System.nanoTime();
    String backup = sourceStack.run(Duration.ofMinutes(5), "backup", backups.toString());
    System.out.printf("backup: %d ms%n%s%n", (System.nanoTime() - start) / 1_000_000, backup);
    Path archive = Path.of(Files.readString(backups.resolve("LATEST")).strip());

    Path restoredHome = target.resolve("restored-stack");
    deleteTree(restoredHome);
    restoredStack =
        new StackCommand(
            repo,
            Map.of(
                "STACK_PROFILE", "test",
                "STACK_HOME", restoredHome.toString(),
                "STACK_NO_BUILD", "1",
                "ES_PORT", "" + (es + OFFSET),
                "STRAPI_PORT", "" + (strapi + OFFSET),
                "INDEXER_PORT", "" + (indexer + OFFSET),
                "PORTAL_PORT", "" + (portal + OFFSET)),
            target.resolve("restored-stack.log"));
    start = System.nanoTime();
    restoredStack.run(Duration.ofMinutes(5), "restore", archive.toString());
    System.out.printf("restore: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    start = System.nanoTime();
    restoredStack.run(Duration.ofMinutes(15), "up", "es", "strapi", "indexer");
    long up = System.nanoTime();
    restored =
        new Site(
            restoredHome,
            "http://127.0.0.1:" + (es + OFFSET),
            "http://127.0.0.1:" + (strapi + OFFSET),
            "http://127.0.0.1:" + (indexer + OFFSET),
            secretsOf(restoredHome));
    settle(restored);
    System.out.printf(
        "restored stack up: %d ms; search index rebuilt from Strapi (reconcile) in %d ms%n",
        (up - start) / 1_000_000, (System.nanoTime() - up) / 1_000_000);
  }

  @AfterAll
  void stopTheRestoredStackAndTheIndexer() {
    if (restoredStack != null) {
      restoredStack.run(Duration.ofMinutes(3), "down");
    }
    if (sourceStack != null) {
      // The other ITs of this module run their own indexer on this port.
      sourceStack.run(Duration.ofMinutes(3), "down", "indexer");
    }
  }

  @Test
  void every_entry_comes_back_with_its_fields_relations_and_review_history() {
    for (String type : TYPES) {
      Map<String, JsonNode> before = entries(source, type);
      Map<String, JsonNode> after = entries(restored, type);
      assertThat(after.keySet()).as(type).isEqualTo(before.keySet());
      before.forEach((id, entry) -> assertThat(after.get(id)).as(type + " " + id).isEqualTo(entry));
    }
    assertThat(entries(restored, "initiative-reviews")).as("the review made here").isNotEmpty();
    // Users and the media library are no longer readable with the portal's token (least
    // privilege): the database and the files tree, compared whole, carry them.
  }

  @Test
  void every_uploaded_file_comes_back_byte_for_byte() throws Exception {
    Map<String, String> before = checksums(source.home().resolve("strapi"));
    Map<String, String> after = checksums(restored.home().resolve("strapi"));
    assertThat(before).isNotEmpty();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void the_searches_of_the_corpus_give_the_same_answers_on_the_restored_site() throws Exception {
    JsonNode queries = JSON.readTree(Files.readString(Corpus.root().resolve("queries.json")));
    int compared = 0;
    for (JsonNode query : queries) {
      String words = query.path("q").asString();
      for (String role : List.of("anonymous", "reviewer")) {
        JsonNode before = source.api().search(Map.of("q", words, "size", "100"), role, null);
        JsonNode after = restored.api().search(Map.of("q", words, "size", "100"), role, null);
        assertThat(after.path("total")).as(role + ": " + words).isEqualTo(before.path("total"));
        assertThat(hits(after)).as(role + ": " + words).isEqualTo(hits(before));
        assertThat(after.path("facets")).as(role + ": " + words).isEqualTo(before.path("facets"));
        compared++;
      }
    }
    assertThat(compared).isPositive();
    assertThat(restored.api().search(Map.of("size", "1"), "reviewer", null).path("total").asLong())
        .as("something is indexed")
        .isPositive();
  }

  // ---------------------------------------------------------------------------------------

  /** Content that only this test makes, so that nothing of it can come from the seed. */
  private void addReviewHistoryAndAStory() throws Exception {
    JsonNode initiative =
        strapiGet(source, "/api/initiatives?pagination%5BpageSize%5D=1").path("data").path(0);
    strapiSend(
        source,
        "POST",
        "/api/initiative-reviews",
        """
        {"data":{"initiativeDocumentId":"%s","action":"recognise","fromStatus":"verified",
         "toStatus":"recognised","at":"2026-11-20T03:00:00.000Z","actor":"thamdinh",
         "comment":"Công nhận sáng kiến (kiểm thử sao lưu)"}}
        """
            .formatted(initiative.path("documentId").asString()));
    JsonNode report =
        strapiGet(
                source,
                "/api/reports?filters%5Bstatus%5D%5B%24eq%5D=submitted&pagination%5BpageSize%5D=1")
            .path("data")
            .path(0);
    strapiSend(
        source,
        "PUT",
        "/api/reports/" + report.path("documentId").asString(),
        """
        {"data":{"status":"returned","reviewerComment":"Bổ sung số liệu quý IV",
         "reviewedAt":"2026-11-21T02:00:00.000Z",
         "history":[{"fromStatus":"submitted","toStatus":"returned",
           "at":"2026-11-21T02:00:00.000Z","actor":"thamdinh","comment":"Bổ sung số liệu quý IV"}]}}
        """);
    strapiSend(
        source,
        "POST",
        "/api/stories",
        """
        {"data":{"title":"Sao lưu và khôi phục: bài viết sau khi gieo dữ liệu",
         "summary":"Chỉ có trong bản sao lưu.","body":"Nội dung **kiểm thử**."}}
        """);
  }

  /** Asks the indexer to reconcile now, then waits until its queue is empty. */
  private void settle(Site site) {
    IndexerApi.Response reindex = post(site, "/api/reindex");
    assertThat(reindex.status()).as(reindex.body()).isEqualTo(200);
    Await.until(
        Duration.ofMinutes(15),
        () -> {
          JsonNode queue = health(site).path("components").path("queue").path("details");
          return queue.path("depth").asLong(-1) == 0 && queue.path("running").asLong(-1) == 0;
        },
        "the indexer of " + site.indexer() + " to finish its queue");
    // What was indexed a moment ago is searchable at the next refresh: make it now.
    send(
        HttpRequest.newBuilder(URI.create(site.elasticsearch() + "/thidua-evidence/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("no answer from " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private IndexerApi.Response post(Site site, String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(site.indexer() + path))
                  .header("X-Api-Key", site.secrets().get("INDEXER_API_KEY"))
                  .header("X-Caller-Role", "admin")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new IndexerApi.Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError("the indexer did not answer " + site.indexer(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private JsonNode health(Site site) {
    try {
      return JSON.readTree(
          http.send(
                  // The queue's figures are shown to the portal's key only.
                  HttpRequest.newBuilder(URI.create(site.indexer() + "/actuator/health"))
                      .header("X-Api-Key", site.secrets().get("INDEXER_API_KEY"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
    } catch (IOException e) {
      return JSON.createObjectNode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Every entry of a type, by documentId, as the portal's token reads it (one level populated). */
  private Map<String, JsonNode> entries(Site site, String type) {
    Map<String, JsonNode> entries = new TreeMap<>();
    for (int page = 1; ; page++) {
      JsonNode answer =
          strapiGet(
              site,
              "/api/"
                  + type
                  + "?populate=*&sort=documentId:asc&pagination%5BpageSize%5D=100&pagination%5Bpage%5D="
                  + page);
      for (JsonNode entry : answer.path("data")) {
        entries.put(entry.path("documentId").asString(), entry);
      }
      if (page >= answer.path("meta").path("pagination").path("pageCount").asInt(1)) {
        return entries;
      }
    }
  }

  private static List<String> hits(JsonNode result) {
    List<String> hits = new ArrayList<>();
    result
        .path("hits")
        .forEach(
            h ->
                hits.add(
                    h.path("entryDocumentId").asString()
                        + ":"
                        + h.path("fileName").asString()
                        + ":"
                        + h.path("page").asString()));
    hits.sort(null);
    return hits;
  }

  private JsonNode strapiGet(Site site, String path) {
    return JSON.readTree(strapiSend(site, "GET", path, null));
  }

  private String strapiSend(Site site, String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.strapi() + path))
            .header("Authorization", "Bearer " + site.secrets().get("STRAPI_PORTAL_TOKEN"))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as(method + " " + path + ": " + response.body())
          .isLessThan(300);
      return response.body();
    } catch (IOException e) {
      throw new AssertionError("Strapi did not answer " + site.strapi() + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private byte[] download(Site site, String url) throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(site.strapi() + url))
                .header("Authorization", "Bearer " + site.secrets().get("STRAPI_PORTAL_TOKEN"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(site.strapi() + url).isEqualTo(200);
    return response.body();
  }

  /** SHA-256 of every file Strapi keeps (its SQLite database aside), by path. */
  private static Map<String, String> checksums(Path root) throws IOException {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(file).toString();
        if (name.startsWith("data.db")) {
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          sums.put(name, sha256(in.readAllBytes()));
        }
      }
    }
    return sums;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> secretsOf(Path home) throws IOException {
    Map<String, String> secrets = new HashMap<>();
    for (String line : Files.readAllLines(home.resolve("secrets.env"))) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        secrets.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return secrets;
  }

  private static int port(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
