package vn.thidua.indexer;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports sent to the real Strapi of the test stack as the portal sends them, with the portal's
 * token: files uploaded to the media library, then a submitted report holding them, whose webhook
 * tells the indexer. Remembers what it made so {@link #removeAll()} leaves Strapi as it was.
 */
public final class StrapiReports {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String token;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> reports = new ArrayList<>();
  private final List<Long> uploads = new ArrayList<>();

  /** With the secrets of the test stack ({@link ItEnvironment#secrets()}). */
  public StrapiReports(Map<String, String> secrets) {
    String value = secrets.get("STRAPI_PORTAL_TOKEN");
    if (value == null || value.isEmpty()) {
      throw new AssertionError("STRAPI_PORTAL_TOKEN is missing from secrets.env");
    }
    this.token = value;
  }

  /** Uploads a file under {@code name}; answers its media id. */
  public long upload(String name, Path file) throws IOException, InterruptedException {
    String boundary = "----it" + UUID.randomUUID();
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
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(ItEnvironment.strapiUrl() + "/api/upload"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(name + ": " + response.body()).isIn(200, 201);
    long id = JSON.readTree(response.body()).path(0).path("id").asLong();
    uploads.add(id);
    return id;
  }

  /**
   * A submitted report of 2026 titled {@code title} holding the uploaded files, of {@code unit}'s
   * documentId when given; answers its documentId.
   */
  public String submit(String title, @Nullable String unit, List<Long> mediaIds)
      throws IOException, InterruptedException {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("title", title);
    data.put("year", 2026);
    data.put("stage", "annual");
    data.put("status", "submitted");
    data.put("files", mediaIds);
    if (unit != null) {
      data.put("unit", unit);
    }
    HttpResponse<String> response =
        request("POST", "/api/reports", JSON.writeValueAsString(Map.of("data", data)));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    String documentId = JSON.readTree(response.body()).path("data").path("documentId").asString();
    reports.add(documentId);
    return documentId;
  }

  /** The response of Strapi's REST API to a request with the portal's token. */
  public HttpResponse<String> request(String method, String path, @Nullable String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.strapiUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The reports and files made here, deleted from Strapi. */
  public void removeAll() throws IOException, InterruptedException {
    for (String report : reports) {
      request("DELETE", "/api/reports/" + report, null);
    }
    for (long media : uploads) {
      request("DELETE", "/api/upload/files/" + media, null);
    }
    reports.clear();
    uploads.clear();
  }

  /** The first unit seeded in Strapi, as {documentId, kind}. */
  public JsonNode firstUnit() throws IOException, InterruptedException {
    return JSON.readTree(request("GET", "/api/units?pagination%5BpageSize%5D=1", null).body())
        .path("data")
        .path(0);
  }
}
