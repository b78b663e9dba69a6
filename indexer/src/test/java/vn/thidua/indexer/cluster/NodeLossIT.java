package vn.thidua.indexer.cluster;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.FakeStrapi;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.IndexerProcess;
import vn.thidua.indexer.ItEnvironment;

/**
 * Losing an Elasticsearch node of the three-node cluster (the build's {@code -Pcluster}: {@code
 * ES_NODES=3}) while a batch of 120 report files is being indexed: the node holding the index's
 * primary is killed with SIGKILL, the stack's supervisor starts it again, and meanwhile searches go
 * on. Every file ends {@code indexed} with its pages in the index once, every search during the
 * outage is answered, and the cluster is green again on three nodes.
 */
class NodeLossIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int ROUNDS = 4;

  private final String alias =
      "thidua-evidence-nodeloss-" + UUID.randomUUID().toString().substring(0, 8);
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> entries = new ArrayList<>();
  private final List<String> nodes = new ArrayList<>();
  private WireMockServer strapi;
  private Path dataDir;
  private IndexerProcess indexer;

  @BeforeEach
  void setUp() throws IOException {
    ItEnvironment.requireElasticsearch();
    String first = ItEnvironment.elasticsearchUrl();
    int esPort = URI.create(first).getPort();
    JsonNode health = JSON.readTree(get(first + "/_cluster/health"));
    assertThat(health.path("number_of_nodes").asInt())
        .as("a cluster of three nodes (mvn -Pcluster starts it with ES_NODES=3)")
        .isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      nodes.add("http://127.0.0.1:" + (esPort + i));
    }
    strapi = new WireMockServer(wireMockConfig().dynamicPort());
    strapi.start();
    entries.addAll(
        new FakeStrapi(new WireMock("127.0.0.1", strapi.port()))
            .acceptedReportsInRounds("loss", ROUNDS));
    dataDir = Files.createTempDirectory("node-loss-it");
  }

  @AfterEach
  void tearDown() {
    if (indexer != null) {
      indexer.kill();
    }
    strapi.stop();
    ItEnvironment.deleteIndicesOf(alias);
  }

  @Test
  void a_node_killed_mid_batch_loses_no_file_and_no_search_and_the_cluster_turns_green_again()
      throws Exception {
    assertThat(entries).hasSizeGreaterThanOrEqualTo(100);
    indexer =
        IndexerProcess.builder(alias, "http://127.0.0.1:" + strapi.port(), dataDir)
            .env("ES_URL", String.join(",", nodes))
            .env("ES_REPLICAS", "1")
            // Every search reaches Elasticsearch: kept results would hide the outage.
            .env("INDEXER_SEARCH_CACHE_SIZE", "0")
            .start("node-loss-indexer");
    IndexerApi api = indexer.api();
    Await.until(
        Duration.ofMinutes(5),
        () -> count(api.statusesOf(entries), "indexed") >= 10,
        "ten files indexed before the node is killed");

    String victim = nodeHoldingThePrimary();
    Path childPid =
        Path.of(System.getProperty("stack.home"), "run", victim + ".child.pid").toAbsolutePath();
    String pid = Files.readString(childPid).strip();
    long indexedAtKill = count(api.statusesOf(entries), "indexed");

    AtomicBoolean outage = new AtomicBoolean(true);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger searches = new AtomicInteger();
    Thread searcher =
        Thread.ofPlatform()
            .start(
                () -> {
                  List<String> words =
                      List.of("cam bien do do man", "khởi nghiệp", "dien mat troi");
                  while (outage.get()) {
                    String q = words.get(searches.getAndIncrement() % words.size());
                    long start = System.nanoTime();
                    try {
                      IndexerApi.Response answer =
                          api.get("/api/search", Map.of("q", q), "reviewer", null);
                      if (answer.status() != 200) {
                        errors.add(answer.status() + " " + answer.body());
                      }
                    } catch (AssertionError e) {
                      errors.add(String.valueOf(e.getMessage()));
                    }
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                  }
                });

    // SIGKILL of the node's whole process group (the launcher and the server JVM).
    Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start();
    assertThat(kill.waitFor()).as("kill -KILL -" + pid + " (" + victim + ")").isZero();
    long killedAt = System.nanoTime();
    // Ask a node that lives: the victim may be the first one.
    String survivor = nodes.get(victim.equals("es-1") ? 1 : 0);

    // The cluster notices the loss, the supervisor starts the node again, and the cluster is
    // whole once it is green on three nodes; searches go on all along.
    Await.until(
        Duration.ofMinutes(3),
        () -> getQuietly(survivor + "/_cluster/health").contains("\"number_of_nodes\":2"),
        "the cluster to notice that " + victim + " is gone");
    long noticedAfter = (System.nanoTime() - killedAt) / 1_000_000;
    Await.until(
        Duration.ofMinutes(8),
        () -> {
          String now = readQuietly(childPid);
          return !now.isEmpty() && !now.equals(pid);
        },
        "the supervisor to start " + victim + " again");
    Await.until(
        Duration.ofMinutes(8),
        () -> {
          String body = getQuietly(survivor + "/_cluster/health");
          return body.contains("\"status\":\"green\"") && body.contains("\"number_of_nodes\":3");
        },
        "the cluster to be green on three nodes again");
    long greenAfter = (System.nanoTime() - killedAt) / 1_000_000;
    outage.set(false);
    searcher.join();

    Await.until(
        Duration.ofMinutes(15),
        () -> {
          Map<String, String> states = api.statusesOf(entries);
          return states.size() == entries.size() && count(states, "indexed") == entries.size();
        },
        "every file indexed");

    List<Long> sorted = latencies.stream().sorted().toList();
    System.out.printf(
        "Node loss: killed %s (primary) with %d of %d files indexed; node dropped from the"
            + " cluster after %d ms, green on three nodes after %d ms. Searches during the"
            + " outage: %d, errors %d, latency p50 %d ms, p95 %d ms, max %d ms%n",
        victim,
        indexedAtKill,
        entries.size(),
        noticedAfter,
        greenAfter,
        sorted.size(),
        errors.size(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted.isEmpty() ? 0 : sorted.getLast());

    assertThat(sorted).as("searches made during the outage").isNotEmpty();
    assertThat(errors).as("searches that failed during the outage").isEmpty();
    assertThat(ItEnvironment.documentsPerEntry(nodes.getFirst(), alias))
        .as("each page in the index once")
        .isEqualTo(api.pagesOf(entries));
  }

  /** The name of the node that holds the primary copy of the index's shard (es-N). */
  private String nodeHoldingThePrimary() throws IOException {
    Await.until(
        Duration.ofMinutes(3),
        () -> getQuietly(nodes.getFirst() + "/_cluster/health").contains("\"status\":\"green\""),
        "the index's replica to be placed");
    JsonNode shards =
        JSON.readTree(get(nodes.getFirst() + "/_cat/shards/" + alias + "?format=json"));
    for (JsonNode shard : shards) {
      if ("p".equals(shard.path("prirep").asString())) {
        return shard.path("node").asString();
      }
    }
    throw new AssertionError("no primary shard of " + alias + ": " + shards);
  }

  private static long count(Map<String, String> states, String state) {
    return states.values().stream().filter(state::equals).count();
  }

  private static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private String get(String url) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build());
  }

  private String getQuietly(String url) {
    try {
      return get(url);
    } catch (IOException e) {
      return "";
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      return "";
    }
  }

  private String send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
