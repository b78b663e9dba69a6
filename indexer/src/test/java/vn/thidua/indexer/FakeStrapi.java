package vn.thidua.indexer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Strapi 5 REST API played by WireMock, with reports made from the corpus manifest: entries are
 * listed page by page and read one by one with the shapes of Strapi 5, files are served under
 * {@code /uploads}. For what a real Strapi cannot easily show (outages) and for runs without one.
 */
public final class FakeStrapi {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AtomicInteger IDS = new AtomicInteger(1000);

  private final WireMock wireMock;
  private final Map<String, ObjectNode> reports = new LinkedHashMap<>();

  public FakeStrapi(WireMock wireMock) {
    this.wireMock = wireMock;
    for (String plural : List.of("initiatives", "stories", "campaigns")) {
      wireMock.register(
          get(urlPathEqualTo("/api/" + plural))
              .willReturn(okJson(page(JSON.createArrayNode(), 1, 1, 0))));
    }
    wireMock.register(get(urlPathEqualTo("/_health")).willReturn(aResponse().withStatus(204)));
    publishList();
  }

  /** The corpus manifest: one object per report file, with unit, unitKind, year, number. */
  public static List<JsonNode> manifest() {
    try {
      JsonNode root = JSON.readTree(Files.readString(Corpus.reports().resolve("manifest.json")));
      List<JsonNode> all = new ArrayList<>();
      root.forEach(all::add);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of the corpus with this manifest id (r01-006 → r01-006.pdf). */
  public static Path corpusFile(String id) {
    try (var files = Files.list(Corpus.reports())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(id + "."))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves a file under {@code /uploads/<hash><ext>}; returns its Strapi media object. */
  public ObjectNode upload(Path file) {
    try {
      return upload(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ObjectNode upload(String name, byte[] bytes) {
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    String hash =
        name.replaceAll("[^A-Za-z0-9]", "_") + "_" + UUID.randomUUID().toString().substring(0, 8);
    String url = "/uploads/" + hash + ext;
    wireMock.register(
        get(urlPathEqualTo(url))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(bytes)));
    return media(name, bytes.length, hash, url);
  }

  /** A media object pointing at an already served URL (for many entries sharing one file). */
  public static ObjectNode media(String name, long bytes, String hash, String url) {
    ObjectNode media = JSON.createObjectNode();
    media.put("id", IDS.incrementAndGet());
    media.put("documentId", "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 23));
    media.put("name", name);
    media.put("mime", mime(name));
    media.put("size", bytes / 1000.0);
    media.put("hash", hash);
    media.put("url", url);
    return media;
  }

  /**
   * Adds (or replaces) a report with the given files, served one by one and in the list.
   *
   * @return the report's documentId
   */
  public ObjectNode report(
      String documentId,
      String unitDocumentId,
      String unitName,
      String unitKind,
      int year,
      String status,
      String number,
      List<ObjectNode> files) {
    ObjectNode entry = JSON.createObjectNode();
    entry.put("id", IDS.incrementAndGet());
    entry.put("documentId", documentId);
    entry.put("title", "Báo cáo kết quả phong trào thi đua năm " + year + " – " + unitName);
    entry.put("number", number);
    entry.put("year", year);
    entry.put("stage", "annual");
    entry.put("status", status);
    entry.put("updatedAt", "2026-11-0" + (1 + IDS.get() % 9) + "T08:00:00.000Z");
    ObjectNode unit = entry.putObject("unit");
    unit.put("id", unitDocumentId.hashCode() & 0xffff);
    unit.put("documentId", unitDocumentId);
    unit.put("name", unitName);
    unit.put("kind", unitKind);
    ArrayNode media = entry.putArray("files");
    files.forEach(media::add);
    reports.put(documentId, entry);
    serve(entry);
    return entry;
  }

  /** Adds a report for one manifest item with its corpus file; status decides visibility. */
  public ObjectNode reportFromManifest(JsonNode item, String status) {
    String id = item.path("id").asString();
    return report(
        documentIdOf(id),
        unitDocumentIdOf(item.path("unit").asString()),
        item.path("unit").asString(),
        item.path("unitKind").asString(),
        item.path("year").asInt(),
        status,
        item.path("number").asString(),
        List.of(upload(corpusFile(id))));
  }

  /**
   * {@code rounds} accepted reports for each manifest item, each holding its own copy of the item's
   * corpus file, and the list published: a batch to index. Answers the reports' document ids, which
   * begin with {@code prefix} and the round.
   */
  public List<String> acceptedReportsInRounds(String prefix, int rounds) {
    List<String> documentIds = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (JsonNode item : manifest()) {
        String id = item.path("id").asString();
        String documentId =
            (prefix + round + id.replace("-", "") + "0000000000000000").substring(0, 24);
        report(
            documentId,
            unitDocumentIdOf(item.path("unit").asString()),
            item.path("unit").asString(),
            item.path("unitKind").asString(),
            item.path("year").asInt(),
            "accepted",
            item.path("number").asString(),
            List.of(upload(corpusFile(id))));
        documentIds.add(documentId);
      }
    }
    publishList();
    return documentIds;
  }

  /** Changes a report's status (accepted, returned, ...) as an editor would. */
  public void setStatus(String documentId, String status) {
    ObjectNode entry = reports.get(documentId);
    entry.put("status", status);
    entry.put("updatedAt", "2026-11-20T09:00:00.000Z");
    serve(entry);
    publishList();
  }

  /** Removes a report: reading it answers 404, the list no longer has it. */
  public void delete(String documentId) {
    reports.remove(documentId);
    wireMock.register(
        get(urlPathEqualTo("/api/reports/" + documentId))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":404,\"name\":\"NotFoundError\",\"message\":\"Not Found\",\"details\":{}}}")));
    publishList();
  }

  /** Registers the paged list of reports as it stands. */
  public void publishList() {
    List<ObjectNode> all = new ArrayList<>(reports.values());
    int pageSize = 100;
    int pageCount = Math.max(1, (all.size() + pageSize - 1) / pageSize);
    for (int p = 1; p <= pageCount; p++) {
      ArrayNode data = JSON.createArrayNode();
      all.subList((p - 1) * pageSize, Math.min(all.size(), p * pageSize)).forEach(data::add);
      wireMock.register(
          get(urlPathEqualTo("/api/reports"))
              .withQueryParam("pagination[page]", equalTo(String.valueOf(p)))
              .willReturn(okJson(page(data, p, pageCount, all.size()))));
    }
  }

  public static String documentIdOf(String manifestId) {
    return ("doc" + manifestId.replace("-", "") + "000000000000000000000").substring(0, 24);
  }

  public static String unitDocumentIdOf(String unitName) {
    return ("unit" + Integer.toHexString(unitName.hashCode()) + "00000000000000000000")
        .substring(0, 24);
  }

  private void serve(ObjectNode entry) {
    ObjectNode body = JSON.createObjectNode();
    body.set("data", entry);
    body.putObject("meta");
    wireMock.register(
        get(urlPathEqualTo("/api/reports/" + entry.path("documentId").asString()))
            .willReturn(okJson(JSON.writeValueAsString(body))));
  }

  private static String page(ArrayNode data, int page, int pageCount, int total) {
    ObjectNode body = JSON.createObjectNode();
    body.set("data", data);
    ObjectNode pagination = body.putObject("meta").putObject("pagination");
    pagination.put("page", page);
    pagination.put("pageSize", 100);
    pagination.put("pageCount", pageCount);
    pagination.put("total", total);
    return JSON.writeValueAsString(body);
  }

  private static String mime(String name) {
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (name.endsWith(".docx")) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    if (name.endsWith(".doc")) {
      return "application/msword";
    }
    if (name.endsWith(".odt")) {
      return "application/vnd.oasis.opendocument.text";
    }
    return "application/octet-stream";
  }
}
