package vn.thidua.portal.files;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiFile;
import vn.thidua.portal.strapi.StrapiNotFoundException;
import vn.thidua.portal.strapi.StrapiUnavailableException;
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
  private final StrapiClient strapi;

  PublicFileController(PublicFiles files, StrapiClient strapi) {
    this.files = files;
    this.strapi = strapi;
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
    // Anonymous on purpose for public content, so Strapi's own rule applies too; report files
    // (which Strapi refuses without a token) only once PublicFiles has found the report accepted.
    boolean report = PublicFiles.Owner.REPORT.segment().equals(owner);
    StrapiFile upstream;
    try {
      upstream = strapi.open(path, !report);
    } catch (StrapiNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (StrapiUnavailableException e) {
      log.warn("Strapi could not be reached for {}: {}", path, e.getMessage());
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    } catch (StrapiException e) {
      log.warn("Strapi refused {}: {}", path, e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_GATEWAY);
      return;
    }
    try (upstream) {
      String type = upstream.contentType().toLowerCase(Locale.ROOT);
      boolean active = ACTIVE_TYPES.stream().anyMatch(type::startsWith);
      // Images and PDFs open in the browser (a PDF at the page of a search hit: #page=N).
      boolean inline = !active && (type.startsWith("image/") || type.startsWith("application/pdf"));
      response.setContentType(active ? "application/octet-stream" : type);
      upstream.length().ifPresent(response::setContentLengthLong);
      response.setHeader(
          "Content-Disposition",
          (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
              .filename(media.get().name(), StandardCharsets.UTF_8)
              .build()
              .toString());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", report ? "private, max-age=300" : "public, max-age=300");
      try (OutputStream out = response.getOutputStream()) {
        upstream.body().transferTo(out);
      }
    }
  }
}
