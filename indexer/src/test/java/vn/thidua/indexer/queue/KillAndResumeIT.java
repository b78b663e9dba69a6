package vn.thidua.indexer.queue;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.FakeStrapi;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.IndexerProcess;
import vn.thidua.indexer.ItEnvironment;

/**
 * The packaged indexer killed with SIGKILL in the middle of a batch and started again on the same
 * data directory: every file ends up indexed, and indexed once.
 */
class KillAndResumeIT {

  private final String alias =
      "thidua-evidence-kill-" + UUID.randomUUID().toString().substring(0, 8);
  private WireMockServer strapi;
  private IndexerProcess.Builder indexerOnOneDirectory;
  private IndexerProcess indexer;
  private List<String> entries;

  @BeforeEach
  void setUp() throws IOException {
    ItEnvironment.requireElasticsearch();
    strapi = new WireMockServer(wireMockConfig().dynamicPort());
    strapi.start();
    entries =
        new FakeStrapi(new WireMock("127.0.0.1", strapi.port())).acceptedReportsInRounds("kill", 2);
    indexerOnOneDirectory =
        IndexerProcess.builder(
            alias, "http://127.0.0.1:" + strapi.port(), Files.createTempDirectory("kill-it"));
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
  void an_indexer_killed_mid_batch_resumes_and_indexes_every_file_exactly_once() {
    indexer = indexerOnOneDirectory.start("kill-and-resume-first");
    IndexerApi api = indexer.api();
    Await.until(
        Duration.ofMinutes(5),
        () -> indexed(api.statusesOf(entries)) >= 10,
        "ten files indexed before the kill");
    long indexedBeforeKill = indexed(api.statusesOf(entries));
    indexer.kill();
    assertThat(indexedBeforeKill)
        .as("files indexed before the kill")
        .isBetween(10L, (long) entries.size() - 5);

    indexer = indexerOnOneDirectory.start("kill-and-resume-second");

    Await.until(
        Duration.ofMinutes(10),
        () -> indexed(api.statusesOf(entries)) == entries.size(),
        "every file indexed after the restart");
    assertThat(ItEnvironment.documentsPerEntry(ItEnvironment.elasticsearchUrl(), alias))
        .as("each page in the index once")
        .isEqualTo(api.pagesOf(entries));
    // The health's components are for the portal (the key); anyone gets the status alone.
    JsonNode health = api.get("/actuator/health", Map.of(), "anonymous", null).json();
    assertThat(health.path("components").path("queue").path("details").path("depth").asLong())
        .isZero();
  }

  private static long indexed(Map<String, String> states) {
    return states.values().stream().filter("indexed"::equals).count();
  }
}
