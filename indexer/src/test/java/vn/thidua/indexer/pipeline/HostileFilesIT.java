package vn.thidua.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.HostileFiles;
import vn.thidua.indexer.IndexerApi;
import vn.thidua.indexer.ItEnvironment;

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
  private final HttpClient http = HttpClient.newHttpClient();
  private Map<String, String> secrets;
  private Path dataDir;
  private Process indexer;
  private String indexerUrl;
  private final List<String> reports = new ArrayList<>();
  private final List<Long> uploads = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    ItEnvironment.requireElasticsearch();
    ItEnvironment.requireStrapi();
    secrets = ItEnvironment.secrets();
    dataDir = Files.createTempDirectory("hostile-it");
  }

  @AfterEach
  void tearDown() throws Exception {
    if (indexer != null) {
      indexer.destroy();
      indexer.waitFor();
    }
    // The portal's token cannot delete a report: the reports are left without files, which the
    // other ITs on this Strapi skip, and the files are deleted from the media library.
    for (String report : reports) {
      strapi("PUT", "/api/reports/" + report, "{\"data\":{\"files\":[]}}");
    }
    for (long media : uploads) {
      strapi("DELETE", "/api/upload/files/" + media, null);
    }
    ItEnvironment.deleteIndicesOf(alias);
  }

  @Test
  void hostile_files_among_reports_fail_alone_and_the_indexer_keeps_running() throws Exception {
    indexer = start();
    long pid = indexer.pid();
    awaitHealthy();
    Path dir = Files.createTempDirectory("hostile-files");
    Map<String, Path> hostile = new LinkedHashMap<>(HostileFiles.writeAll(dir));
    Map<String, Path> ordinary = new LinkedHashMap<>();
    ordinary.put("r01-000.docx", Corpus.reports().resolve("r01-000.docx"));
    ordinary.put("r01-004.pdf", Corpus.reports().resolve("r01-004.pdf"));
    // Read only down to the embedding limit: the outer levels are an ordinary document.
    ordinary.put("nested-40-levels.docx", hostile.remove("nested-40-levels.docx"));

    // Ordinary reports first and last, the hostile files in between, one report each.
    Map<String, String> reportOf = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add("r01-000.docx");
    names.addAll(hostile.keySet());
    names.add("nested-40-levels.docx");
    names.add("r01-004.pdf");
    // Strapi itself refuses a file without bytes, before any report can hold it.
    HttpResponse<String> empty = postUpload("empty.docx", hostile.remove("empty.docx"));
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(empty.body()).contains("empty");
    names.remove("empty.docx");
    // ...and names of 300 Vietnamese characters, with ../ in them or not (over 255 bytes).
    for (String name : List.of(HostileFiles.ESCAPING_NAME, HostileFiles.LONG_NAME)) {
      HttpResponse<String> refused = postUpload(name, HostileFiles.escapingNameContent(dir));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("invalid characters");
    }
    for (String name : names) {
      Path file = hostile.containsKey(name) ? hostile.get(name) : ordinary.get(name);
      reportOf.put(name, createReport(name, upload(name, file)));
    }

    IndexerApi api = new IndexerApi(indexerUrl, secrets.get("INDEXER_API_KEY"));
    Map<String, JsonNode> finals = new LinkedHashMap<>();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
    while (finals.size() < names.size() && Instant.now().isBefore(deadline)) {
      assertThat(indexer.isAlive()).as("the indexer process is running").isTrue();
      for (String name : names) {
        JsonNode files =
            api.get("/api/files", Map.of("entryDocumentId", reportOf.get(name)), "admin", null)
                .json();
        if (!files.isEmpty() && isFinal(files.get(0).path("status").asString())) {
          finals.put(name, files.get(0));
        }
      }
      Thread.sleep(500);
    }

    for (String name : names) {
      JsonNode file = finals.get(name);
      assertThat(file).as(name + " has a final status").isNotNull();
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
    JsonNode health = JSON.readTree(get(indexerUrl + "/actuator/health"));
    assertThat(health.path("status").asString()).isEqualTo("UP");
  }

  private static boolean isFinal(String status) {
    return List.of("indexed", "partial", "refused", "failed").contains(status);
  }

  /** The packaged indexer on the port Strapi's webhook calls, with a heap it must not outgrow. */
  private Process start() throws IOException {
    Path jar = Path.of("target", "indexer.jar").toAbsolutePath();
    assertThat(jar).as("the packaged indexer (mvn package)").exists();
    String port = System.getenv().getOrDefault("INDEXER_PORT", "18081");
    indexerUrl = "http://127.0.0.1:" + port;
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx384m",
            // As infra/stack runs it: exhausting the heap ends the process, which this test sees.
            "-XX:+ExitOnOutOfMemoryError",
            "-jar",
            jar.toString(),
            "--indexer.reconcile.at-start=false",
            "--indexer.extraction.process.heap=256MB",
            "--indexer.extraction.process.grace=5s");
    Map<String, String> env = builder.environment();
    env.put("ES_URL", ItEnvironment.elasticsearchUrl());
    env.put("ES_INDEX_ALIAS", alias);
    env.put("STRAPI_URL", ItEnvironment.strapiUrl());
    env.put("INDEXER_PORT", port);
    env.put("INDEXER_DATA_DIR", dataDir.toString());
    env.put("INDEXER_FILE_TIME_LIMIT", "30s");
    env.put("STRAPI_INDEXER_TOKEN", secrets.get("STRAPI_INDEXER_TOKEN"));
    env.put("INDEXER_WEBHOOK_SECRET", secrets.get("INDEXER_WEBHOOK_SECRET"));
    env.put("INDEXER_API_KEY", secrets.get("INDEXER_API_KEY"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(Path.of("target", "hostile-files-it.log").toFile());
    return builder.start();
  }

  private void awaitHealthy() throws InterruptedException {
    // Generous: on a shared two-core machine under load the indexer has taken two minutes.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(6));
    while (Instant.now().isBefore(deadline)) {
      assertThat(indexer.isAlive()).as("the indexer process is running").isTrue();
      try {
        if (JSON.readTree(get(indexerUrl + "/actuator/health"))
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

  /** Uploads a file to Strapi's media library as the portal does; answers the media id. */
  private long upload(String name, Path file) throws Exception {
    HttpResponse<String> response = postUpload(name, file);
    assertThat(response.statusCode()).as(name + ": " + response.body()).isIn(200, 201);
    long id = JSON.readTree(response.body()).path(0).path("id").asLong();
    uploads.add(id);
    return id;
  }

  private HttpResponse<String> postUpload(String name, Path file) throws Exception {
    String boundary = "----hostile" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + name.replace("\"", "")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(file));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.strapiUrl() + "/api/upload"))
            .header("Authorization", "Bearer " + secrets.get("STRAPI_PORTAL_TOKEN"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A submitted report holding one file; Strapi's webhook tells the indexer. */
  private String createReport(String name, long mediaId) throws Exception {
    String payload =
        JSON.writeValueAsString(
            Map.of(
                "data",
                Map.of(
                    "title",
                    "Báo cáo thử tệp độc hại: " + name.substring(0, Math.min(40, name.length())),
                    "year",
                    2026,
                    "stage",
                    "annual",
                    "status",
                    "submitted",
                    "files",
                    List.of(mediaId))));
    HttpResponse<String> response = strapi("POST", "/api/reports", payload);
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    String documentId = JSON.readTree(response.body()).path("data").path("documentId").asString();
    reports.add(documentId);
    return documentId;
  }

  private HttpResponse<String> strapi(String method, String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.strapiUrl() + path))
            .header("Authorization", "Bearer " + secrets.get("STRAPI_PORTAL_TOKEN"))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String get(String url) throws IOException {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
