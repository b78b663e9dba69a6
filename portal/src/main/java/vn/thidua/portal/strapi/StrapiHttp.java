package vn.thidua.portal.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import vn.thidua.portal.strapi.StrapiValidationException.FieldError;

/**
 * The HTTP exchange with Strapi: credentials, timeouts, retries of reads, and Strapi's error body
 * mapped to {@link StrapiException}s. Logs name the method and path, never a header or a body.
 */
final class StrapiHttp {

  private static final Logger log = LoggerFactory.getLogger(StrapiHttp.class);

  /** Who a request speaks for. */
  sealed interface Credentials {}

  /** The portal's API token. */
  record ApiToken(String token) implements Credentials {
    @Override
    public String toString() {
      return "ApiToken[***]";
    }
  }

  /** A signed-in user's JWT. */
  record UserJwt(String jwt) implements Credentials {
    @Override
    public String toString() {
      return "UserJwt[***]";
    }
  }

  /** Strapi's public role: published content only. */
  record Anonymous() implements Credentials {}

  /**
   * The portal's API token on behalf of a browser: Strapi counts sign-in attempts by that browser's
   * address instead of the portal's (cms-config/src/middlewares/sign-in-limit.js).
   */
  record ForClient(String token, String clientAddress) implements Credentials {
    @Override
    public String toString() {
      return "ForClient[***, " + clientAddress + "]";
    }
  }

  /** Waits between attempts; tests replace it. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final HttpClient client;
  private final String base;
  private final Duration readTimeout;
  private final Duration uploadTimeout;
  private final int readAttempts;
  private final Duration retryBackoff;
  private final JsonMapper mapper;
  private final Sleeper sleeper;

  StrapiHttp(
      HttpClient client,
      URI base,
      Duration readTimeout,
      Duration uploadTimeout,
      int readAttempts,
      Duration retryBackoff,
      JsonMapper mapper,
      Sleeper sleeper) {
    this.client = client;
    String b = base.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.readTimeout = readTimeout;
    this.uploadTimeout = uploadTimeout;
    this.readAttempts = readAttempts;
    this.retryBackoff = retryBackoff;
    this.mapper = mapper;
    this.sleeper = sleeper;
  }

  JsonMapper mapper() {
    return mapper;
  }

  /**
   * A GET, tried again (with a doubling wait) when Strapi did not answer or failed on its side:
   * reads are idempotent, so a second try cannot do harm.
   */
  JsonNode get(String path, String query, Credentials credentials) {
    StrapiException last = null;
    for (int attempt = 1; attempt <= readAttempts; attempt++) {
      try {
        return exchange(
            "GET", path, query, BodyPublishers.noBody(), null, credentials, readTimeout);
      } catch (StrapiUnavailableException | StrapiServerException e) {
        last = e;
        if (attempt < readAttempts) {
          log.debug("Attempt {} of GET {} failed, trying again: {}", attempt, path, e.getMessage());
          pause(retryBackoff.multipliedBy(1L << (attempt - 1)));
        }
      }
    }
    throw last;
  }

  /** One GET without retries or credentials, for health checks: the status, or the failure. */
  int probe(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(readTimeout).GET().build();
    try {
      return client.send(request, BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new StrapiUnavailableException("Strapi could not be reached: " + e, false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrapiUnavailableException("Interrupted while probing Strapi", false, e);
    }
  }

  /** A write with a JSON body, tried once: Strapi may have done it even if the answer is lost. */
  JsonNode send(String method, String path, String query, @Nullable Object body, Credentials c) {
    BodyPublisher publisher =
        body == null
            ? BodyPublishers.noBody()
            : BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body));
    return exchange(
        method, path, query, publisher, body == null ? null : "application/json", c, readTimeout);
  }

  /** A streamed multipart upload, tried once. */
  JsonNode upload(String path, MultipartBody body, Credentials credentials) {
    try {
      return exchange(
          "POST", path, "", body.publisher(), body.contentType(), credentials, uploadTimeout);
    } catch (StrapiUnavailableException e) {
      IOException sourceFailure = body.sourceFailure();
      if (sourceFailure != null) {
        throw new StrapiUploadSourceException(
            "The file to upload could not be read: " + sourceFailure.getMessage(), sourceFailure);
      }
      throw e;
    }
  }

  /**
   * Streams a file Strapi serves (such as {@code /uploads/x.pdf}) into {@code out}, with the
   * credentials (report files answer 404 without the API token). Never held whole in memory.
   *
   * @return the number of bytes copied
   */
  long download(String path, java.io.OutputStream out, Credentials credentials) {
    try (StrapiFile file = open(path, credentials)) {
      return file.body().transferTo(out);
    } catch (IOException e) {
      throw new StrapiUnavailableException(
          "The download of %s broke off: %s".formatted(path, e), false, e);
    }
  }

  /**
   * Opens a file Strapi serves (such as {@code /uploads/x.pdf}) with the credentials; the caller
   * streams and closes it.
   *
   * @throws StrapiNotFoundException when Strapi has no such file, or refuses it to these
   *     credentials with a 404 as it does report files without the token
   */
  StrapiFile open(String path, Credentials credentials) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(uploadTimeout).GET();
    authorize(request, credentials);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new StrapiUnavailableException(
          "Strapi could not be reached for GET %s: %s".formatted(path, e), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrapiUnavailableException("Interrupted while downloading " + path, false, e);
    }
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      try (InputStream ignored = response.body()) {
        // Only the status matters; the connection goes back to the pool.
      } catch (IOException e) {
        log.debug("Closing the refused download of {}: {}", path, e.toString());
      }
      throw status == 404
          ? new StrapiNotFoundException("Strapi has no file at " + path)
          : error(status, MissingNode.getInstance(), "GET", path);
    }
    return new StrapiFile(
        response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
        response.headers().firstValueAsLong("Content-Length"),
        response.body());
  }

  /** The Bearer header of the API token or the user's JWT; none for an anonymous read. */
  private static void authorize(HttpRequest.Builder request, Credentials credentials) {
    switch (credentials) {
      case ApiToken(String token) when !token.isEmpty() ->
          request.header("Authorization", "Bearer " + token);
      case UserJwt(String jwt) -> request.header("Authorization", "Bearer " + jwt);
      case ForClient(String token, String address) when !token.isEmpty() ->
          request.header("Authorization", "Bearer " + token).header("X-Client-Address", address);
      default -> {}
    }
  }

  private JsonNode exchange(
      String method,
      String path,
      String query,
      BodyPublisher body,
      @Nullable String contentType,
      Credentials credentials,
      Duration timeout) {
    URI uri = URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    authorize(request, credentials);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new StrapiUnavailableException(
          "Strapi did not answer %s %s within %s".formatted(method, path, timeout), true, e);
    } catch (IOException e) {
      throw new StrapiUnavailableException(
          "Strapi could not be reached for %s %s: %s".formatted(method, path, e), false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StrapiUnavailableException(
          "Interrupted while waiting for Strapi on %s %s".formatted(method, path), false, e);
    }
    int status = response.statusCode();
    try (InputStream in = response.body()) {
      boolean ok = status >= 200 && status < 300;
      JsonNode json = read(in, ok, method, path);
      if (ok) {
        return json;
      }
      throw error(status, json, method, path);
    } catch (IOException e) {
      throw new StrapiUnavailableException(
          "The answer of Strapi to %s %s broke off: %s".formatted(method, path, e), false, e);
    }
  }

  private JsonNode read(InputStream in, boolean ok, String method, String path) {
    try {
      JsonNode json = mapper.readTree(in);
      return json == null ? MissingNode.getInstance() : json;
    } catch (JacksonIOException e) {
      throw new StrapiUnavailableException(
          "The answer of Strapi to %s %s broke off: %s".formatted(method, path, e), false, e);
    } catch (JacksonException e) {
      if (!ok) {
        // An error page from a proxy in front of Strapi: the status says enough.
        return MissingNode.getInstance();
      }
      throw new StrapiMalformedResponseException(
          "Strapi answered %s %s with malformed JSON: %s"
              .formatted(method, path, e.getOriginalMessage()),
          e);
    }
  }

  private static StrapiException error(int status, JsonNode json, String method, String path) {
    JsonNode error = json.path("error");
    String name = error.path("name").asString("");
    String message = error.path("message").asString("");
    String text =
        "Strapi answered %d %s on %s %s: %s".formatted(status, name, method, path, message);
    return switch (status) {
      case 400 -> new StrapiValidationException(text, fieldErrors(error, message));
      case 401, 403 -> new StrapiAccessDeniedException(text, status);
      case 404 -> new StrapiNotFoundException(text);
      default ->
          status >= 500
              ? new StrapiServerException(text, status)
              : new StrapiRequestException(text, status);
    };
  }

  /** Strapi lists the refused fields in {@code details.errors[].path} (an array of segments). */
  private static List<FieldError> fieldErrors(JsonNode error, String message) {
    List<FieldError> fields = new ArrayList<>();
    for (JsonNode e : error.path("details").path("errors")) {
      List<String> segments = new ArrayList<>();
      e.path("path").forEach(segment -> segments.add(segment.asString()));
      fields.add(new FieldError(String.join(".", segments), e.path("message").asString("")));
    }
    if (fields.isEmpty() && !message.isEmpty()) {
      fields.add(new FieldError("", message));
    }
    return fields;
  }

  private void pause(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
