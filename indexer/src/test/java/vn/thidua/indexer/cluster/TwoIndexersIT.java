package vn.thidua.indexer.cluster;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Two indexers sharing one queue in the stack's PostgreSQL (the build's {@code -Pcluster}: {@code
 * STACK_DB=postgres}), as a city's installation runs them for availability: a batch of 120 report
 * files; one indexer is killed with SIGKILL while it holds jobs; the other goes on, claims the dead
 * one's jobs once their lease has expired, and a replacement joins. Every file ends {@code indexed}
 * with its pages in the index once, and both living indexers answer the same status for every file.
 */
class TwoIndexersIT {

  private static final int ROUNDS = 4;
  private static final Duration LEASE = Duration.ofSeconds(20);

  private final String alias =
      "thidua-evidence-two-" + UUID.randomUUID().toString().substring(0, 8);
  private final String apiKey = "it-key-" + UUID.randomUUID();
  private final List<IndexerProcess> indexers = new ArrayList<>();
  private ItEnvironment.Database database;
  private SharedQueue queue;
  private WireMockServer strapi;
  private List<String> entries;

  @BeforeEach
  void setUp() throws Exception {
    ItEnvironment.requireElasticsearch();
    database = ItEnvironment.indexerDatabase();
    queue = new SharedQueue(database);
    queue.empty();
    strapi = new WireMockServer(wireMockConfig().dynamicPort());
    strapi.start();
    entries =
        new FakeStrapi(new WireMock("127.0.0.1", strapi.port()))
            .acceptedReportsInRounds("two", ROUNDS);
  }

  @AfterEach
  void tearDown() {
    indexers.forEach(IndexerProcess::kill);
    strapi.stop();
    ItEnvironment.deleteIndicesOf(alias);
  }

  @Test
  void an_indexer_killed_mid_batch_loses_no_file_and_both_indexers_answer_the_same_status()
      throws Exception {
    assertThat(entries).hasSizeGreaterThanOrEqualTo(100);
    long started = System.nanoTime();
    // One after the other: two JVMs starting together on a loaded machine take twice as long each.
    IndexerProcess a = start("it-a", "two-indexers-a");
    IndexerProcess b = start("it-b", "two-indexers-b");
    IndexerApi api = a.api();
    Await.until(
        Duration.ofMinutes(5),
        () -> count(api.statusesOf(entries), "indexed") >= 10,
        "ten files indexed before the kill");
    Await.until(
        Duration.ofMinutes(2),
        () -> !queue.runningJobsOf("it-b").isEmpty(),
        "indexer it-b to hold a running job");

    b.kill();
    List<Long> held = queue.runningJobsOf("it-b");
    long indexedAtKill = count(api.statusesOf(entries), "indexed");
    assertThat(held).as("jobs it-b held when it was killed").isNotEmpty();
    assertThat(indexedAtKill).as("files indexed at the kill").isLessThan(entries.size());

    // A replacement under another name: the dead indexer's jobs are not its own, so they wait for
    // their lease like anyone's.
    IndexerProcess c = start("it-c", "two-indexers-c");

    Await.until(
        Duration.ofMinutes(15),
        () -> count(api.statusesOf(entries), "indexed") == entries.size(),
        "every file indexed");
    double seconds = (System.nanoTime() - started) / 1e9;
    Await.until(
        Duration.ofMinutes(2),
        () -> queue.stillQueued(held).isEmpty(),
        "the killed indexer's jobs to be claimed again and done");

    System.out.printf(
        "Two indexers on the PostgreSQL queue: it-b killed with %d of %d files indexed, holding"
            + " %d jobs (claimed again after their %d s lease); all %d files indexed %.0f s after"
            + " the start, with a kill and a replacement: %.2f files/s%n",
        indexedAtKill,
        entries.size(),
        held.size(),
        LEASE.toSeconds(),
        entries.size(),
        seconds,
        entries.size() / seconds);

    assertThat(ItEnvironment.documentsPerEntry(ItEnvironment.elasticsearchUrl(), alias))
        .as("each page in the index once")
        .isEqualTo(api.pagesOf(entries));
    assertThat(filesAsSeenBy(c.api()))
        .as("the replacement answers every file as the first indexer does")
        .isEqualTo(filesAsSeenBy(api));
  }

  private IndexerProcess start(String instance, String log) {
    IndexerProcess.Builder builder;
    try {
      builder =
          IndexerProcess.builder(
              alias, "http://127.0.0.1:" + strapi.port(), Files.createTempDirectory(instance));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    builder
        .apiKey(apiKey)
        .env("INDEXER_INSTANCE", instance)
        .env("INDEXER_QUEUE_LEASE", LEASE.toSeconds() + "s");
    database.environment().forEach(builder::env);
    IndexerProcess indexer = builder.start(log);
    synchronized (indexers) {
      indexers.add(indexer);
    }
    return indexer;
  }

  /** What the portal reads of each entry's files. */
  private Map<String, String> filesAsSeenBy(IndexerApi api) {
    Map<String, String> files = new HashMap<>();
    for (String entry : entries) {
      files.put(
          entry, api.get("/api/files", Map.of("entryDocumentId", entry), "admin", null).body());
    }
    return files;
  }

  private static long count(Map<String, String> states, String state) {
    return states.values().stream().filter(state::equals).count();
  }
}
