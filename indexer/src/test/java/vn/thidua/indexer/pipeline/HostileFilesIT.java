package vn.thidua.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.HostileFiles;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.IndexerProcess;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.StrapiAsPortal;

/**
 * Hostile files sent through the real Strapi, among ordinary reports, to the packaged indexer
 * running with a small heap that ends the process if it is ever exhausted: every ordinary report
 * ends indexed, every hostile file ends refused or failed with a reason, and the indexer that
 * started is the one still running at the end.
 */
class HostileFilesIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What a file that hurt the parser must end as. */
  private static final List<String> REFUSED_OR_FAILED = List.of("refused", "failed");

  private final String alias =
      "thidua-evidence-hostile-" + UUID.randomUUID().toString().substring(0, 8);
  private StrapiAsPortal strapi;
  private Path dataDir;
  private IndexerProcess indexer;

  @BeforeEach
  void setUp() throws IOException {
    ItEnvironment.requireElasticsearch();
    ItEnvironment.requireStrapi();
    strapi = new StrapiAsPortal();
    dataDir = Files.createTempDirectory("hostile-it");
  }

  @AfterEach
  void tearDown() {
    if (indexer != null) {
      indexer.close();
    }
    strapi.cleanUp();
    ItEnvironment.deleteIndicesOf(alias);
  }

  @Test
  void hostile_files_among_reports_fail_alone_and_the_indexer_keeps_running() throws Exception {
    indexer = start();
    long pid = indexer.pid();
    Path dir = Files.createTempDirectory("hostile-files");
    Map<String, Path> hostile = new LinkedHashMap<>(HostileFiles.writeAll(dir));
    Map<String, Path> ordinary = new LinkedHashMap<>();
    ordinary.put("r01-000.docx", Corpus.reports().resolve("r01-000.docx"));
    ordinary.put("r01-004.pdf", Corpus.reports().resolve("r01-004.pdf"));

    // Ordinary reports first and last, the hostile files in between, one report each.
    List<String> names = new ArrayList<>();
    names.add("r01-000.docx");
    names.addAll(hostile.keySet());
    names.add("r01-004.pdf");
    // Strapi itself refuses a file without bytes, before any report can hold it.
    HttpResponse<String> empty = strapi.upload("empty.docx", hostile.remove("empty.docx"), null);
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(empty.body()).contains("empty");
    names.remove("empty.docx");
    // ...and names of 300 Vietnamese characters, with ../ in them or not (over 255 bytes).
    for (String name : List.of(HostileFiles.ESCAPING_NAME, HostileFiles.LONG_NAME)) {
      HttpResponse<String> refused =
          strapi.upload(name, HostileFiles.escapingNameContent(dir), null);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("invalid characters");
    }
    Map<String, String> reportOf = new LinkedHashMap<>();
    for (String name : names) {
      Path file = hostile.containsKey(name) ? hostile.get(name) : ordinary.get(name);
      long media = strapi.uploaded(name, file, null);
      reportOf.put(
          name,
          strapi.submit(
              "Báo cáo thử tệp độc hại: " + name.substring(0, Math.min(40, name.length())),
              null,
              List.of(media)));
    }

    IndexerApi api = indexer.api();
    Map<String, JsonNode> finals = new LinkedHashMap<>();
    Await.until(
        Duration.ofMinutes(8),
        () -> {
          assertThat(indexer.isAlive()).as("the indexer process is running").isTrue();
          for (String name : names) {
            JsonNode files =
                api.get("/api/files", Map.of("entryDocumentId", reportOf.get(name)), "admin", null)
                    .json();
            if (!files.isEmpty() && isFinal(files.get(0).path("status").asString())) {
              finals.put(name, files.get(0));
            }
          }
          return finals.size() == names.size();
        },
        "every file to reach a final status");

    for (String name : names) {
      JsonNode file = finals.get(name);
      System.out.printf(
          "%s -> %s: %s%n", name, file.path("status").asString(), file.path("reason").asString());
      if (name.equals("zip-bomb.odt") && file.path("status").asString().equals("partial")) {
        // ODF is read as a stream: on a fast machine its gigabyte of empty paragraphs reaches the
        // character ceiling before the time limit, and the file ends partial, bounded either way.
        assertThat(file.path("reason").asString()).as(name).contains("giới hạn");
      } else if (hostile.containsKey(name)) {
        assertThat(file.path("status").asString()).as(name).isIn(REFUSED_OR_FAILED);
        assertThat(file.path("reason").asString()).as(name).isNotBlank();
      } else {
        assertThat(file.path("status").asString())
            .as(name + ": " + file.path("reason").asString())
            .isEqualTo("indexed");
      }
    }
    assertThat(indexer.isAlive()).as("the indexer never died").isTrue();
    assertThat(indexer.pid()).isEqualTo(pid);
    assertThat(indexer.healthStatus()).isEqualTo("UP");
  }

  private static boolean isFinal(String status) {
    return List.of("indexed", "partial", "refused", "failed").contains(status);
  }

  /** The packaged indexer on the port Strapi's webhook calls, with a heap it must not outgrow. */
  private IndexerProcess start() {
    return IndexerProcess.builder(alias, ItEnvironment.strapiUrl(), dataDir)
        .port(Integer.parseInt(System.getenv().getOrDefault("INDEXER_PORT", "18081")))
        .apiKey(ItEnvironment.secret("INDEXER_API_KEY"))
        .env("STRAPI_INDEXER_TOKEN", ItEnvironment.secret("STRAPI_INDEXER_TOKEN"))
        .env("INDEXER_WEBHOOK_SECRET", ItEnvironment.secret("INDEXER_WEBHOOK_SECRET"))
        .env("INDEXER_FILE_TIME_LIMIT", "30s")
        // As infra/stack runs it: exhausting the heap ends the process, which this test sees.
        .jvm("-Xmx384m", "-XX:+ExitOnOutOfMemoryError")
        .args(
            "--indexer.reconcile.at-start=false",
            "--indexer.extraction.process.heap=256MB",
            "--indexer.extraction.process.grace=5s")
        .start("hostile-files-it");
  }
}
