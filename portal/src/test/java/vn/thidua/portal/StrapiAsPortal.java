package vn.thidua.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test stack's Strapi called with the portal's API token, as the portal calls it: what the
 * browser tests read behind the page (a report's documentId, what a click stored) and the few
 * entries they prepare. Paths are relative to {@code /api/}; Strapi's brackets in a query may be
 * written plainly.
 */
public final class StrapiAsPortal {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private StrapiAsPortal() {}

  /** Any call; answers whatever Strapi answered. */
  public static HttpResponse<String> send(String method, String path, @Nullable String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    TestStack.strapiUrl()
                        + "/api/"
                        + path.replace("[", "%5B").replace("]", "%5D").replace("$", "%24")))
            .header("Authorization", "Bearer " + TestStack.secret("STRAPI_PORTAL_TOKEN"))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Strapi did not answer " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A read that must succeed. */
  public static JsonNode get(String path) {
    HttpResponse<String> r = send("GET", path, null);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** A write of {@code {"data": data}} that must succeed. */
  public static JsonNode write(String method, String path, Map<String, Object> data) {
    HttpResponse<String> r = send(method, path, JSON.writeValueAsString(Map.of("data", data)));
    if (r.statusCode() != 200 && r.statusCode() != 201) {
      throw new AssertionError(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  /** The documentId of the first {@code type} entry whose {@code field} equals {@code value}. */
  public static String documentIdOf(String type, String field, String value) {
    JsonNode data =
        get(type
                + "?filters["
                + field
                + "][$eq]="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + "&pagination[pageSize]=1")
            .path("data");
    if (data.isEmpty()) {
      throw new AssertionError("no " + type + " with " + field + " = " + value);
    }
    return data.get(0).path("documentId").asString();
  }
}
