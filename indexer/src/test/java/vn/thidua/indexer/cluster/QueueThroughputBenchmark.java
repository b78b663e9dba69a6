package vn.thidua.indexer.cluster;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.FakeStrapi;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.IndexerProcess;
import vn.thidua.indexer.ItEnvironment;

/**
 * Files per second through the queue: one indexer on its embedded H2, one on the shared PostgreSQL
 * queue, two on it. Each run gets the same batch (120 report files of the corpus, {@code
 * -Dqueue.bench.rounds=4}) by webhooks sent once every indexer is up, and is timed from the first
 * webhook to the queue being empty and every file indexed. Prints figures, asserts no speed. Run on
 * the stack of the cluster profile:
 *
 * <pre>
 * mvn -pl indexer -Pcluster verify -Dit.test=QueueThroughputBenchmark
 * </pre>
 */
class QueueThroughputBenchmark {

  private final String apiKey = "bench-key-" + UUID.randomUUID();
  private final String secret = "bench-secret-" + UUID.randomUUID();
  private final List<IndexerProcess> indexers = new ArrayList<>();
  private final List<String> aliases = new ArrayList<>();
  private ItEnvironment.Database database;
  private WireMockServer strapi;
  private List<String> entries;

  @BeforeEach
  void setUp() {
    ItEnvironment.requireElasticsearch();
    database = ItEnvironment.indexerDatabase();
    strapi = new WireMockServer(wireMockConfig().dynamicPort());
    strapi.start();
    entries =
        new FakeStrapi(new WireMock("127.0.0.1", strapi.port()))
            .acceptedReportsInRounds("bench", Integer.getInteger("queue.bench.rounds", 4));
  }

  @AfterEach
  void tearDown() {
    indexers.forEach(IndexerProcess::kill);
    strapi.stop();
    aliases.forEach(ItEnvironment::deleteIndicesOf);
  }

  @Test
  void files_per_second_on_h2_and_on_postgresql_with_one_and_two_indexers() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(run("one indexer, H2", 1, false));
    lines.add(run("one indexer, PostgreSQL", 1, true));
    lines.add(run("two indexers, PostgreSQL", 2, true));
    System.out.println("Queue throughput, " + entries.size() + " report files:");
    lines.forEach(line -> System.out.println("  " + line));
  }

  private String run(String name, int count, boolean postgres) throws Exception {
    new SharedQueue(database).empty();
    String alias = "thidua-evidence-bench-" + UUID.randomUUID().toString().substring(0, 8);
    aliases.add(alias);
    List<IndexerProcess> fleet = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      IndexerProcess.Builder builder =
          IndexerProcess.builder(
                  alias, "http://127.0.0.1:" + strapi.port(), Files.createTempDirectory("bench"))
              .apiKey(apiKey)
              .env("INDEXER_WEBHOOK_SECRET", secret)
              .env("INDEXER_INSTANCE", "bench-" + i)
              .args("--indexer.reconcile.at-start=false");
      if (postgres) {
        database.environment().forEach(builder::env);
      }
      IndexerProcess indexer =
          builder.start("queue-bench-" + (postgres ? "pg-" : "h2-") + count + "-" + i);
      fleet.add(indexer);
      indexers.add(indexer);
    }
    IndexerApi api = fleet.getFirst().api();
    long start = System.nanoTime();
    for (int i = 0; i < entries.size(); i++) {
      // Strapi's webhooks reach whichever indexer the proxy picks.
      IndexerApi to = fleet.get(i % fleet.size()).api();
      assertThat(to.webhook(secret, "entry.publish", "report", entries.get(i))).isEqualTo(202);
    }
    Await.until(
        Duration.ofMinutes(30), () -> queueDepth(api) == 0, "the queue to be empty (" + name + ")");
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> states = api.statusesOf(entries);
    assertThat(states.values()).as(name).hasSize(entries.size()).allMatch("indexed"::equals);
    fleet.forEach(IndexerProcess::kill);
    indexers.removeAll(fleet);
    return "%-26s %6.1f s  %5.2f files/s".formatted(name, seconds, entries.size() / seconds);
  }

  private static long queueDepth(IndexerApi api) {
    try {
      return api.get("/actuator/health", Map.of(), "admin", null)
          .json()
          .path("components")
          .path("queue")
          .path("details")
          .path("depth")
          .asLong(-1);
    } catch (AssertionError e) {
      return -1;
    }
  }
}
