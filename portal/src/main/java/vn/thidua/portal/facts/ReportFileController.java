package vn.thidua.portal.facts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.portal.reports.ReportService;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiFile;
import vn.thidua.portal.strapi.StrapiNotFoundException;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * A report file for the people who may read the report (its unit, reviewers, the council,
 * administrators; editors once accepted — {@link ReportService#file}), at an address a link can
 * carry a page in: {@code /tep-bao-cao/{report}/{media}#page=N} opens a PDF at the page a figure
 * was read from. Anyone else gets 404, as for a file that does not exist, so an address tells a
 * stranger nothing. Files a browser could run as a page of the portal (HTML, SVG, XML) are always
 * downloaded.
 */
@RestController
class ReportFileController {

  private static final Logger log = LoggerFactory.getLogger(ReportFileController.class);

  private final ReportService reports;
  private final StrapiClient strapi;

  ReportFileController(ReportService reports, StrapiClient strapi) {
    this.reports = reports;
    this.strapi = strapi;
  }

  @GetMapping(ReportFileLink.PREFIX + "{report:[A-Za-z0-9]{1,64}}/{media:[0-9]{1,18}}")
  void file(@PathVariable String report, @PathVariable long media, HttpServletResponse response)
      throws IOException {
    StrapiMedia file;
    try {
      file = reports.file(report, media);
    } catch (AccessDeniedException | StrapiNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!file.url().startsWith("/uploads/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StrapiFile upstream;
    try {
      upstream = strapi.open(file.url(), false);
    } catch (StrapiNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (StrapiException e) {
      log.warn("Strapi could not give {}: {}", file.url(), e.getMessage());
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    try (upstream) {
      String type = upstream.contentType().toLowerCase(Locale.ROOT);
      // PDFs and plain images open in the browser (at #page=N); everything else is a download.
      boolean inline =
          type.startsWith("application/pdf")
              || type.startsWith("image/png")
              || type.startsWith("image/jpeg");
      response.setContentType(inline ? type : "application/octet-stream");
      upstream.length().ifPresent(response::setContentLengthLong);
      response.setHeader(
          "Content-Disposition",
          (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
              .filename(file.name(), StandardCharsets.UTF_8)
              .build()
              .toString());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Cache-Control", "private, no-store");
      try (OutputStream out = response.getOutputStream()) {
        upstream.body().transferTo(out);
      }
    }
  }
}
