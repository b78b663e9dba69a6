package vn.thidua.portal.files;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * Links to a file at a page (issue 17: every file name shown with a page opens that file there).
 * Public files take their portal address with {@code #page=N} (browsers' PDF viewers honour it); a
 * private file (a report's, a draft initiative's evidence) is streamed through the session by the
 * service that already checked who may read it, and linked with the same fragment. Nothing here
 * decides who may read what.
 */
public final class PageLinks {

  private PageLinks() {}

  /** The fragment that opens a PDF at a page; none for a page below 1. */
  public static String fragment(@org.jspecify.annotations.Nullable Integer page) {
    return page == null || page < 1 ? "" : "#page=" + page;
  }

  /** A public file's address at a page. */
  public static Anchor publicAt(
      String url, @org.jspecify.annotations.Nullable Integer page, String text) {
    Anchor a = new Anchor(url + fragment(page), text);
    a.setTarget("_blank");
    a.addClassName("file-page-link");
    return a;
  }

  /**
   * A private file at a page, streamed by {@code copy} (which checks access) from a resource of the
   * user's session; opened in the browser (a PDF inline), not downloaded.
   */
  public static Anchor at(
      StrapiMedia media,
      @org.jspecify.annotations.Nullable Integer page,
      String text,
      Consumer<OutputStream> copy) {
    StreamResource resource =
        new StreamResource(safeName(media.name()), (out, session) -> copy.accept(out));
    String mime = Optional.ofNullable(media.mime()).orElse("application/octet-stream");
    boolean inline = mime.startsWith("application/pdf") || mime.startsWith("image/");
    resource.setContentType(inline ? mime : "application/octet-stream");
    resource.setHeader(
        "Content-Disposition",
        (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(media.name(), StandardCharsets.UTF_8)
            .build()
            .toString());
    resource.setHeader("X-Content-Type-Options", "nosniff");
    StreamRegistration registration =
        VaadinSession.getCurrent().getResourceRegistry().registerResource(resource);
    Anchor a = new Anchor(registration.getResourceUri().toString() + fragment(page), text);
    a.setTarget("_blank");
    a.addClassName("file-page-link");
    return a;
  }

  /** A name the resource URL can carry (the real name goes in the Content-Disposition). */
  private static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isBlank() ? "tep" : safe;
  }
}
