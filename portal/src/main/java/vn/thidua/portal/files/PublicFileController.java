package vn.thidua.portal.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * {@code GET /tep/{owner}/{documentId}/{file}}: streams a file of published public content from
 * Strapi to the reader, a buffer at a time (a 50 MB scan never sits in memory). Anything else, a
 * draft's file or a report's, answers 404.
 */
@RestController
class PublicFileController {

  private static final Logger log = LoggerFactory.getLogger(PublicFileController.class);
  // Types a browser could run as a page of the portal's origin: always downloaded instead.
  private static final Set<String> ACTIVE_TYPES =
      Set.of("text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "application/xml");

  private final PublicFiles files;
  private final HttpClient http;
  private final String strapiBase;
  private final Duration readTimeout;
  private final String token;

  PublicFileController(PublicFiles files, StrapiProperties strapi) {
    this.files = files;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(strapi.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = strapi.url().toString();
    this.strapiBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.readTimeout = strapi.readTimeout();
    this.token = strapi.token();
  }

  @GetMapping("/tep/{owner}/{documentId}/{file}")
  void download(
      @PathVariable String owner,
      @PathVariable String documentId,
      @PathVariable String file,
      HttpServletResponse response)
      throws IOException {
    Optional<StrapiMedia> media = files.find(owner, documentId, file);
    if (media.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path = media.get().url();
    if (!path.startsWith("/uploads/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(strapiBase + path)).timeout(readTimeout).GET();
    // Anonymous on purpose for public content, so Strapi's own rule applies too; report files
    // (which Strapi refuses without a token) only once PublicFiles has found the report accepted.
    if (PublicFiles.Owner.REPORT.segment().equals(owner) && !token.isEmpty()) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpRequest request = builder.build();
    HttpResponse<InputStream> upstream;
    try {
      upstream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      log.warn("Strapi could not be reached for {}: {}", path, e.toString());
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try (InputStream body = upstream.body()) {
      if (upstream.statusCode() != 200) {
        response.sendError(
            upstream.statusCode() == 404
                ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_BAD_GATEWAY);
        return;
      }
      String type =
          upstream
              .headers()
              .firstValue("Content-Type")
              .orElse("application/octet-stream")
              .toLowerCase(Locale.ROOT);
      boolean active = ACTIVE_TYPES.stream().anyMatch(type::startsWith);
      // Images and PDFs open in the browser (a PDF at the page of a search hit: #page=N).
      boolean inline = !active && (type.startsWith("image/") || type.startsWith("application/pdf"));
      response.setContentType(active ? "application/octet-stream" : type);
      upstream
          .headers()
          .firstValueAsLong("Content-Length")
          .ifPresent(response::setContentLengthLong);
      response.setHeader(
          "Content-Disposition",
          (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
              .filename(media.get().name(), StandardCharsets.UTF_8)
              .build()
              .toString());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader(
          "Cache-Control",
          PublicFiles.Owner.REPORT.segment().equals(owner)
              ? "private, max-age=300"
              : "public, max-age=300");
      try (OutputStream out = response.getOutputStream()) {
        body.transferTo(out);
      }
    }
  }
}
