package vn.thidua.indexer.queue;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.FakeStrapi;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;

/**
 * The packaged indexer killed with SIGKILL in the middle of a batch and started again on the same
 * data directory: every file ends up indexed, and indexed once.
 */
class KillAndResumeIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String API_KEY = "kill-it-key";

  private final String alias =
      "thidua-evidence-kill-" + UUID.randomUUID().toString().substring(0, 8);
  private WireMockServer strapi;
  private Path dataDir;
  private Process indexer;
  private int port;
  private final List<String> entries = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    ItEnvironment.requireElasticsearch();
    strapi = new WireMockServer(wireMockConfig().dynamicPort());
    strapi.start();
    FakeStrapi fake = new FakeStrapi(new WireMock("127.0.0.1", strapi.port()));
    for (int round = 0; round < 2; round++) {
      for (JsonNode item : FakeStrapi.manifest()) {
        String id = item.path("id").asString();
        String documentId =
            ("kill" + round + id.replace("-", "") + "0000000000000000").substring(0, 24);
        fake.report(
            documentId,
            FakeStrapi.unitDocumentIdOf(item.path("unit").asString()),
            item.path("unit").asString(),
            item.path("unitKind").asString(),
            item.path("year").asInt(),
            "accepted",
            item.path("number").asString(),
            List.of(fake.upload(FakeStrapi.corpusFile(id))));
        entries.add(documentId);
      }
    }
    fake.publishList();
    dataDir = Files.createTempDirectory("kill-it");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
  }

  @AfterEach
  void tearDown() {
    if (indexer != null) {
      indexer.destroyForcibly();
    }
    strapi.stop();
    ItEnvironment.deleteIndicesOf(alias);
  }

  @Test
  void an_indexer_killed_mid_batch_resumes_and_indexes_every_file_exactly_once() throws Exception {
    IndexerApi api = new IndexerApi("http://127.0.0.1:" + port, API_KEY);
    indexer = start("first");
    awaitHealthy();
    Map<String, String> states = Map.of();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      states = states(api);
      long indexed = states.values().stream().filter("indexed"::equals).count();
      if (indexed >= 10) {
        break;
      }
      Thread.sleep(100);
    }
    long indexedBeforeKill = states.values().stream().filter("indexed"::equals).count();
    assertThat(indexedBeforeKill)
        .as("files indexed before the kill")
        .isBetween(10L, (long) entries.size() - 5);

    indexer.destroyForcibly().waitFor();
    indexer = start("second");
    awaitHealthy();

    deadline = Instant.now().plus(Duration.ofMinutes(10));
    while (Instant.now().isBefore(deadline)) {
      states = states(api);
      if (states.size() == entries.size() && states.values().stream().allMatch("indexed"::equals)) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(states)
        .hasSize(entries.size())
        .allSatisfy((entry, state) -> assertThat(state).as(entry).isEqualTo("indexed"));

    Map<String, Long> pagesByEntry = new HashMap<>();
    for (String entry : entries) {
      JsonNode files =
          api.get("/api/files", Map.of("entryDocumentId", entry), "admin", null).json();
      pagesByEntry.put(entry, files.get(0).path("pages").asLong());
    }
    Map<String, Long> documentsByEntry = documentsPerEntry();
    assertThat(documentsByEntry).isEqualTo(pagesByEntry);
    // The health's components are for the portal (the key); anyone gets the status alone.
    JsonNode health = api.get("/actuator/health", Map.of(), "anonymous", null).json();
    assertThat(health.path("components").path("queue").path("details").path("depth").asLong())
        .isZero();
  }

  private Process start(String name) throws IOException {
    Path jar = Path.of("target", "indexer.jar").toAbsolutePath();
    assertThat(jar).as("the packaged indexer (mvn package)").exists();
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-jar",
            jar.toString());
    Map<String, String> env = builder.environment();
    env.put("ES_URL", ItEnvironment.elasticsearchUrl());
    env.put("ES_INDEX_ALIAS", alias);
    env.put("STRAPI_URL", "http://127.0.0.1:" + strapi.port());
    env.put("INDEXER_PORT", String.valueOf(port));
    env.put("INDEXER_DATA_DIR", dataDir.toString());
    env.put("INDEXER_API_KEY", API_KEY);
    env.put("INDEXER_WEBHOOK_SECRET", "kill-it-secret");
    builder.redirectErrorStream(true);
    builder.redirectOutput(Path.of("target", "kill-and-resume-" + name + ".log").toFile());
    return builder.start();
  }

  private void awaitHealthy() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      assertThat(indexer.isAlive()).as("the indexer process is running").isTrue();
      try {
        if (JSON.readTree(get("http://127.0.0.1:" + port + "/actuator/health"))
            .path("status")
            .asString()
            .equals("UP")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the indexer did not become healthy");
  }

  private Map<String, String> states(IndexerApi api) {
    Map<String, String> states = new HashMap<>();
    for (String entry : entries) {
      JsonNode files =
          api.get("/api/files", Map.of("entryDocumentId", entry), "admin", null).json();
      if (!files.isEmpty()) {
        states.put(entry, files.get(0).path("status").asString());
      }
    }
    return states;
  }

  private Map<String, Long> documentsPerEntry() throws IOException, InterruptedException {
    String es = ItEnvironment.elasticsearchUrl();
    get(es + "/" + alias + "/_refresh");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(es + "/" + alias + "/_search"))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            """
                            {"size":0,"aggs":{"entries":{"terms":{"field":"entryDocumentId","size":1000}}}}
                            """))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Map<String, Long> counts = new HashMap<>();
    for (JsonNode bucket :
        JSON.readTree(response.body()).path("aggregations").path("entries").path("buckets")) {
      counts.put(bucket.path("key").asString(), bucket.path("doc_count").asLong());
    }
    return counts;
  }

  private static String get(String url) throws IOException {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
