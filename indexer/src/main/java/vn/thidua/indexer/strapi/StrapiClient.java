package vn.thidua.indexer.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads entries and downloads files from Strapi with the indexer's read-only token. Thread-safe.
 *
 * <p>Transient trouble (no connection, timeouts, 5xx, 429) is a {@link StrapiUnavailableException};
 * the queue tries again later. A client error is a {@link StrapiRefusedException}.
 */
@Component
public class StrapiClient {

  private final StrapiProperties properties;
  private final JsonMapper json;
  private final HttpClient http;

  public StrapiClient(StrapiProperties properties, JsonMapper json) {
    this.properties = properties;
    this.json = json;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** The published entry, or empty when it was deleted or unpublished. */
  public Optional<StrapiEntry> findEntry(ContentModel model, String documentId) {
    String path =
        "/api/" + model.plural() + "/" + URLEncoder.encode(documentId, StandardCharsets.UTF_8);
    HttpResponse<InputStream> response = get(path + "?" + populateQuery(model));
    if (response.statusCode() == 404) {
      drain(response);
      return Optional.empty();
    }
    JsonNode root = readJson(response);
    JsonNode data = root.path("data");
    return data.isObject() ? Optional.of(toEntry(model, data)) : Optional.empty();
  }

  /** Every published entry of {@code model}, page by page. */
  public void forEachEntry(ContentModel model, Consumer<StrapiEntry> action) {
    int page = 1;
    int pageCount;
    do {
      String query =
          populateQuery(model)
              + "&"
              + param("pagination[page]", String.valueOf(page))
              + "&"
              + param("pagination[pageSize]", String.valueOf(properties.pageSize()))
              + "&"
              + param("sort[0]", "id:asc");
      JsonNode root = readJson(get("/api/" + model.plural() + "?" + query));
      for (JsonNode data : root.path("data")) {
        action.accept(toEntry(model, data));
      }
      pageCount = root.path("meta").path("pagination").path("pageCount").asInt(1);
      page++;
    } while (page <= pageCount);
  }

  /** Every published criterion: code, title, description and the kind of unit it applies to. */
  public List<StrapiCriterion> criteria() {
    List<StrapiCriterion> criteria = new ArrayList<>();
    int page = 1;
    int pageCount;
    do {
      String query =
          param("fields[0]", "code")
              + "&"
              + param("fields[1]", "title")
              + "&"
              + param("fields[2]", "description")
              + "&"
              + param("fields[3]", "unitKind")
              + "&"
              + param("pagination[page]", String.valueOf(page))
              + "&"
              + param("pagination[pageSize]", String.valueOf(properties.pageSize()))
              + "&"
              + param("sort[0]", "id:asc");
      JsonNode root = readJson(get("/api/criteria?" + query));
      for (JsonNode data : root.path("data")) {
        String code = text(data.path("code")).strip();
        if (!code.isEmpty()) {
          String kind = text(data.path("unitKind"));
          criteria.add(
              new StrapiCriterion(
                  code,
                  text(data.path("title")),
                  text(data.path("description")),
                  kind.isEmpty() ? null : kind));
        }
      }
      pageCount = root.path("meta").path("pagination").path("pageCount").asInt(1);
      page++;
    } while (page <= pageCount);
    return criteria;
  }

  /**
   * Streams the file at {@code url} into a new file in {@code directory}, hashing it on the way,
   * and stops past {@code maxBytes}. The caller deletes it by closing the result.
   */
  public DownloadedFile download(String url, Path directory, long maxBytes) {
    URI uri = resolve(url);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(properties.requestTimeout()).GET();
    if (sameOrigin(uri)) {
      authorize(request);
    }
    HttpResponse<InputStream> response = send(request.build(), uri.getPath());
    checkStatus(response, uri.getPath());
    Path target;
    try {
      Files.createDirectories(directory);
      target = Files.createTempFile(directory, "download-", ".bin");
    } catch (IOException e) {
      drain(response);
      throw new IllegalStateException("cannot create a temporary file in " + directory, e);
    }
    MessageDigest sha256 = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(response.body(), sha256);
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        size += n;
        if (size > maxBytes) {
          throw new FileTooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      deleteQuietly(target);
      throw new StrapiUnavailableException("download of " + uri.getPath() + " broke off", e);
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
    return new DownloadedFile(target, HexFormat.of().formatHex(sha256.digest()), size);
  }

  /** Whether Strapi answers its health endpoint. */
  public boolean isUp() {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(properties.url().resolve("/_health"))
                  .timeout(properties.connectTimeout())
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() < 300;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private HttpResponse<InputStream> get(String pathAndQuery) {
    URI uri = properties.url().resolve(pathAndQuery);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(properties.requestTimeout())
            .header("Accept", "application/json")
            .GET();
    authorize(request);
    return send(request.build(), uri.getPath());
  }

  private HttpResponse<InputStream> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new StrapiUnavailableException("Strapi timed out on " + what, e);
    } catch (ConnectException e) {
      throw new StrapiUnavailableException("Strapi is not reachable", e);
    } catch (IOException e) {
      throw new StrapiUnavailableException("Strapi connection failed on " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrapiUnavailableException("interrupted while calling Strapi", e);
    }
  }

  private JsonNode readJson(HttpResponse<InputStream> response) {
    checkStatus(response, response.uri().getPath());
    try (InputStream body = response.body()) {
      return json.readTree(body);
    } catch (IOException | JacksonException e) {
      throw new StrapiUnavailableException("unreadable answer from Strapi", e);
    }
  }

  private static void checkStatus(HttpResponse<InputStream> response, String what) {
    int status = response.statusCode();
    if (status < 300) {
      return;
    }
    drain(response);
    if (status == 429 || status >= 500) {
      throw new StrapiUnavailableException("Strapi answered " + status + " on " + what);
    }
    throw new StrapiRefusedException(status, "Strapi answered " + status + " on " + what);
  }

  private void authorize(HttpRequest.Builder request) {
    if (!properties.token().isEmpty()) {
      request.header("Authorization", "Bearer " + properties.token());
    }
  }

  private URI resolve(String url) {
    URI uri = URI.create(url);
    return uri.isAbsolute() ? uri : properties.url().resolve(url);
  }

  /** The token goes only to Strapi itself, never to a storage provider's host. */
  private boolean sameOrigin(URI uri) {
    URI base = properties.url();
    return base.getHost().equalsIgnoreCase(uri.getHost())
        && base.getPort() == uri.getPort()
        && base.getScheme().equalsIgnoreCase(uri.getScheme());
  }

  private static String populateQuery(ContentModel model) {
    List<String> params = new ArrayList<>();
    if (!model.mediaField().isEmpty()) {
      params.add(param("populate[" + model.mediaField() + "]", "true"));
    }
    for (String relation : model.relations()) {
      params.add(param("populate[" + relation + "]", "true"));
    }
    if (model.draftAndPublish()) {
      params.add(param("status", "published"));
    }
    return String.join("&", params);
  }

  private static String param(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  StrapiEntry toEntry(ContentModel model, JsonNode data) {
    StrapiUnit unit = unit(data.path("unit"));
    if (unit == null && data.path("units").isArray() && !data.path("units").isEmpty()) {
      unit = unit(data.path("units").get(0));
    }
    String title = text(data.path("title"));
    if (title.isEmpty() && !text(data.path("number")).isEmpty()) {
      title = "Báo cáo số " + text(data.path("number"));
    }
    List<StrapiFile> files = new ArrayList<>();
    if (!model.mediaField().isEmpty()) {
      JsonNode media = data.path(model.mediaField());
      if (media.isArray()) {
        media.forEach(f -> files.add(file(f)));
      } else if (media.isObject()) {
        files.add(file(media));
      }
    }
    StringBuilder own = new StringBuilder();
    for (String field : List.of("summary", "detail", "body", "purpose")) {
      String text = richText(data.path(field));
      if (!text.isBlank()) {
        own.append(text.strip()).append("\n\n");
      }
    }
    JsonNode year = data.path("year");
    return new StrapiEntry(
        model,
        data.path("documentId").asString(),
        title,
        nullIfEmpty(text(data.path("slug"))),
        unit,
        year.isNumber() || year.isString() && !year.asString().isBlank() ? year.asInt() : null,
        nullIfEmpty(text(data.path("stage"))),
        nullIfEmpty(text(data.path("status"))),
        nullIfEmpty(text(data.path("field"))),
        criterionCodes(data.path("criteria")),
        own.toString().strip(),
        files,
        nullIfEmpty(text(data.path("updatedAt"))));
  }

  /**
   * The codes of the criteria an initiative answers: the code is a criterion's stable key (required
   * and unique in Strapi), where its title may be reworded.
   */
  private static List<String> criterionCodes(JsonNode criteria) {
    TreeSet<String> codes = new TreeSet<>();
    for (JsonNode criterion : criteria.path("data").isArray() ? criteria.path("data") : criteria) {
      String code = text(criterion.path("code")).strip();
      if (!code.isEmpty()) {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }

  private static @Nullable StrapiUnit unit(JsonNode node) {
    if (!node.isObject() || text(node.path("documentId")).isEmpty()) {
      return null;
    }
    return new StrapiUnit(
        text(node.path("documentId")),
        text(node.path("name")),
        nullIfEmpty(text(node.path("kind"))));
  }

  private static StrapiFile file(JsonNode node) {
    BigDecimal kilobytes =
        node.path("size").isNumber() ? node.path("size").decimalValue() : BigDecimal.ZERO;
    return new StrapiFile(
        text(node.path("id")),
        text(node.path("name")),
        text(node.path("mime")),
        kilobytes.multiply(BigDecimal.valueOf(1000)).longValue(),
        text(node.path("hash")),
        text(node.path("url")));
  }

  /** Plain text of a string field, of Strapi 5 blocks, or of a list of either. */
  static String richText(JsonNode node) {
    StringBuilder out = new StringBuilder();
    collect(node, out);
    return out.toString();
  }

  private static void collect(JsonNode node, StringBuilder out) {
    if (node.isString() || node.isNumber() || node.isBoolean()) {
      out.append(node.asString());
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, out);
        // Inline pieces of a paragraph join as they are; blocks, strings and relations end a line.
        if (!isInline(child)
            && !out.isEmpty()
            && !Character.isWhitespace(out.charAt(out.length() - 1))) {
          out.append('\n');
        }
      }
    } else if (node.isObject()) {
      if (node.path("text").isString()) {
        out.append(node.path("text").asString());
      } else if (node.has("children")) {
        collect(node.path("children"), out);
      } else {
        for (String key : List.of("name", "title", "label")) {
          if (node.path(key).isString()) {
            out.append(node.path(key).asString());
            break;
          }
        }
      }
    }
  }

  /** A text leaf or a link inside a Strapi 5 block: part of the line around it. */
  private static boolean isInline(JsonNode node) {
    String type = node.path("type").asString("");
    return node.isObject()
        && (node.path("text").isString() || "text".equals(type) || "link".equals(type));
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? "" : node.asString();
  }

  private static @Nullable String nullIfEmpty(String value) {
    return value.isEmpty() ? null : value;
  }

  private static void drain(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      body.transferTo(OutputStream.nullOutputStream());
    } catch (IOException ignored) {
      // the body is of no interest
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      file.toFile().deleteOnExit();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
