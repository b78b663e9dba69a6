package vn.thidua.portal.indexer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indexer's search API. Thread-safe; one bean. Every call carries {@code X-Api-Key}; every
 * failure (down, timeout, an error status, an answer that is not the promised JSON) becomes {@link
 * IndexerResult.Unavailable}, logged once here.
 */
public final class IndexerClient {

  private static final Logger log = LoggerFactory.getLogger(IndexerClient.class);

  private final HttpClient client;
  private final String base;
  private final String apiKey;
  private final Duration readTimeout;
  private final JsonMapper mapper;

  public IndexerClient(IndexerProperties properties) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    String b = properties.url().toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.apiKey = properties.apiKey();
    this.readTimeout = properties.readTimeout();
    this.mapper =
        JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(
                incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
  }

  /** Full-text search as {@code caller} may see it. */
  public IndexerResult<SearchResults> search(SearchRequest request, Caller caller) {
    Map<String, @Nullable Object> params = new LinkedHashMap<>();
    params.put("q", request.q());
    params.put("kind", request.kind());
    params.put("year", request.year());
    params.put("unitKind", request.unitKind());
    params.put("field", request.field());
    params.put("unit", request.unit());
    params.put("page", request.page());
    params.put("size", request.size());
    return switch (call("/api/search?" + query(params), caller)) {
      case Json(JsonNode node) -> mapped(() -> convert(node, SearchResults.class));
      case NotFound() -> misconfigured("/api/search");
      case Failed(String reason) -> new IndexerResult.Unavailable<>(reason);
    };
  }

  /** The files of an entry (a report, an initiative) with their extraction status. */
  public IndexerResult<List<IndexedFile>> files(String entryDocumentId, Caller caller) {
    return switch (call("/api/files?entryDocumentId=" + encode(entryDocumentId), caller)) {
      case Json(JsonNode node) -> mapped(() -> filesOf(node));
      case NotFound() -> new IndexerResult.Available<>(List.of());
      case Failed(String reason) -> new IndexerResult.Unavailable<>(reason);
    };
  }

  /** One file, empty when the indexer does not know it (or the caller may not see it). */
  public IndexerResult<Optional<IndexedFile>> file(String fileId, Caller caller) {
    return switch (call("/api/files/" + encode(fileId), caller)) {
      case Json(JsonNode node) -> mapped(() -> Optional.of(convert(node, IndexedFile.class)));
      case NotFound() -> new IndexerResult.Available<>(Optional.empty());
      case Failed(String reason) -> new IndexerResult.Unavailable<>(reason);
    };
  }

  /** The extracted text of a file, page by page; empty when unknown or not visible. */
  public IndexerResult<Optional<FileText>> text(String fileId, Caller caller) {
    return switch (call("/api/files/" + encode(fileId) + "/text", caller)) {
      case Json(JsonNode node) -> mapped(() -> Optional.of(textOf(fileId, node)));
      case NotFound() -> new IndexerResult.Available<>(Optional.empty());
      case Failed(String reason) -> new IndexerResult.Unavailable<>(reason);
    };
  }

  /**
   * Asks the indexer to read a failed or refused file again ({@code POST /api/files/{id}/retry});
   * the indexer itself refuses anyone but an admin caller.
   */
  public IndexerResult<RetryOutcome> retry(String fileId, Caller caller) {
    String path = "/api/files/" + encode(fileId) + "/retry";
    try {
      int status =
          client
              .send(
                  request(path, caller).POST(HttpRequest.BodyPublishers.noBody()).build(),
                  BodyHandlers.discarding())
              .statusCode();
      return switch (status) {
        case 200, 202 -> new IndexerResult.Available<>(RetryOutcome.QUEUED);
        case 404 -> new IndexerResult.Available<>(RetryOutcome.UNKNOWN);
        case 409 -> new IndexerResult.Available<>(RetryOutcome.NOT_RETRYABLE);
        default ->
            new IndexerResult.Unavailable<>(
                failed("The indexer answered %d on %s".formatted(status, path)).reason());
      };
    } catch (IOException e) {
      return new IndexerResult.Unavailable<>(
          failed("The indexer could not be reached for %s: %s".formatted(path, e)).reason());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new IndexerResult.Unavailable<>(
          failed("Interrupted while asking the indexer for " + path).reason());
    }
  }

  /**
   * What the indexer read from a report file (number, date, indicators, initiatives, criteria);
   * empty when the file is unknown, not visible to the caller or not read yet.
   */
  public IndexerResult<Optional<FileFacts>> facts(String fileId, Caller caller) {
    return switch (call("/api/files/" + encode(fileId) + "/facts", caller)) {
      case Json(JsonNode node) -> mapped(() -> Optional.of(convert(node, FileFacts.class)));
      case NotFound() -> new IndexerResult.Available<>(Optional.empty());
      case Failed(String reason) -> new IndexerResult.Unavailable<>(reason);
    };
  }

  /** The indexer's Actuator health, with Elasticsearch's status when it reports one. */
  public IndexerResult<IndexerHealth> health() {
    return switch (call("/actuator/health", Caller.anonymous())) {
      case Json(JsonNode node) -> {
        JsonNode es = node.path("components").path("elasticsearch").path("status");
        yield new IndexerResult.Available<>(
            new IndexerHealth(
                node.path("status").asString("UNKNOWN"),
                es.isMissingNode() ? null : es.asString()));
      }
      case NotFound() -> misconfigured("/actuator/health");
      case Failed(String reason) -> new IndexerResult.Unavailable<>(reason);
    };
  }

  // --- the exchange ---

  /** What one exchange gave, before mapping. */
  private sealed interface Answer {}

  /** A JSON answer; a plain-text answer arrives as {@code {"text": "..."}}. */
  private record Json(JsonNode node) implements Answer {}

  private record NotFound() implements Answer {}

  private record Failed(String reason) implements Answer {}

  /** A request with the key and the caller's headers. */
  private HttpRequest.Builder request(String pathAndQuery, Caller caller) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + pathAndQuery))
            .timeout(readTimeout)
            .header("Accept", "application/json, text/plain")
            .header("X-Caller-Role", caller.role());
    if (!apiKey.isEmpty()) {
      request.header("X-Api-Key", apiKey);
    }
    String unit = caller.unitDocumentId();
    if (unit != null) {
      request.header("X-Caller-Unit", unit);
    }
    return request;
  }

  /** Actuator answers 503 with a body when down: that body is still read. */
  private Answer call(String pathAndQuery, Caller caller) {
    HttpRequest.Builder request = request(pathAndQuery, caller).GET();
    String path = pathAndQuery.replaceFirst("\\?.*", "");
    try {
      HttpResponse<String> response =
          client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      int status = response.statusCode();
      if (status == 404) {
        return new NotFound();
      }
      boolean actuatorDown = status == 503 && path.startsWith("/actuator");
      if ((status < 200 || status >= 300) && !actuatorDown) {
        return failed("The indexer answered %d on %s".formatted(status, path));
      }
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (contentType.startsWith("text/plain")) {
        return new Json(mapper.createObjectNode().put("text", response.body()));
      }
      return new Json(mapper.readTree(response.body()));
    } catch (JacksonException e) {
      return failed("The indexer answered %s with malformed JSON".formatted(path));
    } catch (IOException e) {
      return failed("The indexer could not be reached for %s: %s".formatted(path, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("Interrupted while asking the indexer for " + path);
    }
  }

  private static Failed failed(String reason) {
    log.warn(reason);
    return new Failed(reason);
  }

  private static <T> IndexerResult<T> mapped(Supplier<T> mapping) {
    try {
      return new IndexerResult.Available<>(mapping.get());
    } catch (JacksonException | IllegalArgumentException e) {
      log.warn("The indexer's answer does not fit the portal's records: {}", e.getMessage());
      return new IndexerResult.Unavailable<>(
          "The indexer's answer does not fit: " + e.getMessage());
    }
  }

  private static <T> IndexerResult<T> misconfigured(String path) {
    return new IndexerResult.Unavailable<>(
        failed("The indexer answered 404 on " + path + ": is INDEXER_URL right?").reason());
  }

  private <T> T convert(JsonNode json, Class<T> type) {
    return mapper.treeToValue(json, type);
  }

  private List<IndexedFile> filesOf(JsonNode json) {
    JsonNode list = json.isArray() ? json : json.path("files");
    List<IndexedFile> files = new ArrayList<>();
    list.forEach(node -> files.add(convert(node, IndexedFile.class)));
    return files;
  }

  /** Accepts {"pages":[{"page":1,"text":"..."}]}, {"text":"..."} or a plain-text answer. */
  private FileText textOf(String fileId, JsonNode json) {
    List<FileText.Page> pages = new ArrayList<>();
    if (json.path("pages").isArray()) {
      int n = 1;
      for (JsonNode page : json.path("pages")) {
        pages.add(new FileText.Page(page.path("page").asInt(n), page.path("text").asString("")));
        n++;
      }
    } else {
      pages.add(new FileText.Page(1, json.path("text").asString("")));
    }
    return new FileText(fileId, pages);
  }

  private static String query(Map<String, @Nullable Object> params) {
    return params.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
        .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
