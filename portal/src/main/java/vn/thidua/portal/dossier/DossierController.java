package vn.thidua.portal.dossier;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiNotFoundException;

/**
 * {@code GET /ho-so-de-nghi/{proposal}}: the proposal's dossier as a PDF download, for those {@link
 * DossierService} lets read it. Anyone else gets 404, as for a proposal that does not exist, so an
 * address tells a stranger nothing. Vietnamese unless {@code ?lang=en}.
 */
@RestController
class DossierController {

  private static final Logger log = LoggerFactory.getLogger(DossierController.class);

  private final DossierService dossiers;

  DossierController(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @GetMapping(DossierLinks.PREFIX + "{proposal:[A-Za-z0-9]{1,64}}")
  void dossier(
      @PathVariable String proposal,
      @RequestParam(name = "lang", required = false) String lang,
      HttpServletResponse response)
      throws IOException {
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    Dossier dossier;
    try {
      String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
      dossier = dossiers.assemble(proposal, base, locale);
    } catch (AccessDeniedException | StrapiNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (StrapiException e) {
      log.warn("Dossier {}: Strapi did not answer: {}", proposal, e.getMessage());
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        ContentDisposition.attachment()
            .filename(DossierService.fileName(dossier), StandardCharsets.UTF_8)
            .build()
            .toString());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    // Written as PDFBox saves it: the response is never held whole in memory.
    dossiers.print(dossier, locale, response.getOutputStream());
  }
}
