package vn.thidua.indexer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The indexer's HTTP API as the portal calls it, for tests and the benchmark. */
public final class IndexerApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String base;
  private final String apiKey;
  private final HttpClient http = HttpClient.newHttpClient();

  public IndexerApi(String base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  /** GET with the caller's headers; answers status and body. */
  public Response get(String path, Map<String, String> params, String role, @Nullable String unit) {
    String query =
        params.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path + (query.isEmpty() ? "" : "?" + query)))
            .header("X-Api-Key", apiKey)
            .header("X-Caller-Role", role);
    if (unit != null) {
      request.header("X-Caller-Unit", unit);
    }
    return send(request.GET().build());
  }

  /** A search; fails unless it answers 200. */
  public JsonNode search(Map<String, String> params, String role, @Nullable String unit) {
    Response response = get("/api/search", params, role, unit);
    if (response.status() != 200) {
      throw new AssertionError("search answered " + response.status() + ": " + response.body());
    }
    return response.json();
  }

  /**
   * The status of each entry's first file, as an admin sees it; entries the indexer does not know
   * yet are left out.
   */
  public Map<String, String> statusesOf(Collection<String> entries) {
    Map<String, String> states = new HashMap<>();
    for (String entry : entries) {
      JsonNode files = get("/api/files", Map.of("entryDocumentId", entry), "admin", null).json();
      if (!files.isEmpty()) {
        states.put(entry, files.get(0).path("status").asString());
      }
    }
    return states;
  }

  /** The pages of each entry's first file, as an admin sees it. */
  public Map<String, Long> pagesOf(Collection<String> entries) {
    Map<String, Long> pages = new HashMap<>();
    for (String entry : entries) {
      JsonNode files = get("/api/files", Map.of("entryDocumentId", entry), "admin", null).json();
      pages.put(entry, files.get(0).path("pages").asLong());
    }
    return pages;
  }

  /** Strapi's webhook with the given secret. */
  public int webhook(String secret, String event, String model, String documentId) {
    String payload =
        """
        {"event":"%s","model":"%s","uid":"api::%s.%s","entry":{"documentId":"%s"}}
        """
            .formatted(event, model, model, model, documentId);
    return send(HttpRequest.newBuilder(URI.create(base + "/api/webhooks/strapi"))
            .header("Content-Type", "application/json")
            .header("X-Strapi-Event", event)
            .header("X-Webhook-Secret", secret)
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build())
        .status();
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError("the indexer did not answer " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Status and body of an answer. */
  public record Response(int status, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }
}
