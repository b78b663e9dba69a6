package vn.thidua.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLConnection;
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
 * The real Strapi of the test stack called as the portal calls it, with the portal's API token:
 * entries written, files uploaded to the media library, so that Strapi's own webhook tells the
 * indexer. Remembers the reports and files it made, so {@link #cleanUp()} takes them out of what
 * the other ITs on the same Strapi see.
 */
public final class StrapiAsPortal {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String token = ItEnvironment.secret("STRAPI_PORTAL_TOKEN");
  private final List<String> reports = new ArrayList<>();
  private final List<Long> uploads = new ArrayList<>();

  /** A REST call with a JSON body (or none); answers whatever Strapi answered. */
  public HttpResponse<String> send(String method, String path, @Nullable String body) {
    return send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.strapiUrl() + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * {@code POST /api/upload} of one file under {@code name}, attached to the entry {@code attachTo}
   * when given (Strapi's {@code ref}, {@code refId}, {@code field}).
   */
  public HttpResponse<String> upload(String name, Path file, @Nullable Attachment attachTo) {
    String boundary = "----it" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    if (attachTo != null) {
      for (String[] field :
          new String[][] {
            {"ref", attachTo.ref()},
            {"refId", Long.toString(attachTo.id())},
            {"field", attachTo.field()}
          }) {
        parts.add(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field[0]
                    + "\"\r\n\r\n"
                    + field[1]
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
    }
    parts.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + name.replace("\"", "")
                + "\"\r\nContent-Type: "
                + contentType(name)
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    try {
      parts.add(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(ItEnvironment.strapiUrl() + "/api/upload"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
  }

  /** Uploads as {@link #upload} and fails unless Strapi took the file; answers its media id. */
  public long uploaded(String name, Path file, @Nullable Attachment attachTo) {
    HttpResponse<String> response = upload(name, file, attachTo);
    assertThat(response.statusCode()).as(name + ": " + response.body()).isIn(200, 201);
    long id = JSON.readTree(response.body()).path(0).path("id").asLong();
    uploads.add(id);
    return id;
  }

  /**
   * A submitted report of 2026 titled {@code title} holding the uploaded files, of {@code unit}'s
   * documentId when given (one report per unit and year: Strapi refuses a second); answers its
   * documentId. Strapi's webhook tells the indexer.
   */
  public String submit(String title, @Nullable String unit, List<Long> mediaIds) {
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
        send("POST", "/api/reports", JSON.writeValueAsString(Map.of("data", data)));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    String documentId = JSON.readTree(response.body()).path("data").path("documentId").asString();
    reports.add(documentId);
    return documentId;
  }

  /** The first unit seeded in Strapi (documentId, kind, …). */
  public JsonNode firstUnit() {
    return JSON.readTree(send("GET", "/api/units?pagination%5BpageSize%5D=1", null).body())
        .path("data")
        .path(0);
  }

  /**
   * The reports made here left without files (the portal's token may not delete a report; the other
   * ITs skip a report without files), and the uploaded files deleted from the media library.
   */
  public void cleanUp() {
    for (String report : reports) {
      send("PUT", "/api/reports/" + report, "{\"data\":{\"files\":[]}}");
    }
    for (long media : uploads) {
      send("DELETE", "/api/upload/files/" + media, null);
    }
    reports.clear();
    uploads.clear();
  }

  private static String contentType(String name) {
    String guessed = URLConnection.guessContentTypeFromName(name);
    return guessed == null ? "application/octet-stream" : guessed;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Strapi did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Where an upload is attached: the entry's numeric id and field, as Strapi's upload takes them.
   */
  public record Attachment(String ref, long id, String field) {

    /** The files of a report. */
    public static Attachment reportFiles(long reportId) {
      return new Attachment("api::report.report", reportId, "files");
    }
  }
}
