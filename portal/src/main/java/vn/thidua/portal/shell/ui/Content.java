package vn.thidua.portal.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.shell.SafeHtml;
import vn.thidua.portal.strapi.model.RichText;
import vn.thidua.portal.strapi.model.StrapiMedia;

/** Small building blocks the public pages share: sanitised rich text, links, empty states. */
public final class Content {

  private Content() {}

  /** Rich text from Strapi, rendered and sanitised; nothing when blank. */
  public static Component richText(@Nullable RichText text) {
    if (text == null || text.isBlank()) {
      return new Div();
    }
    return new Html(SafeHtml.render(text));
  }

  /** Rich text whose {@code /uploads/} images go through {@code mediaUrl}. */
  public static Component richText(@Nullable RichText text, UnaryOperator<String> mediaUrl) {
    if (text == null || text.isBlank()) {
      return new Div();
    }
    return new Html(SafeHtml.render(text, mediaUrl));
  }

  /** A link the router follows without reloading the page. */
  public static Anchor link(String route, String text) {
    Anchor a = new Anchor(route.isEmpty() ? "." : route, text);
    a.getElement().setAttribute("router-link", true);
    return a;
  }

  /**
   * A box that scrolls sideways inside itself when its content (a wide table) is wider than the
   * screen, so the page never does. Focusable and named, so a keyboard user can scroll it too (WCAG
   * 2.1.1; axe's scrollable-region-focusable).
   */
  public static Div scrollBox(Component content, String label) {
    Div box = new Div(content);
    box.addClassName("portal-table-box");
    box.getElement().setAttribute("role", "region");
    box.getElement().setAttribute("aria-label", label);
    box.getElement().setAttribute("tabindex", "0");
    return box;
  }

  /** A link to a file: the browser downloads it, the router leaves it alone. */
  public static Anchor download(String href, String text) {
    Anchor a = new Anchor(href, text);
    a.setRouterIgnore(true);
    return a;
  }

  /**
   * A link that streams a Strapi media file through the portal, under the file's own name and type.
   * The caller has checked who may read it; {@code copy} writes the bytes.
   */
  public static Anchor mediaDownload(StrapiMedia media, String text, Consumer<OutputStream> copy) {
    DownloadHandler handler =
        event -> {
          event.setFileName(media.name());
          if (media.mime() != null) {
            event.setContentType(media.mime());
          }
          copy.accept(event.getOutputStream());
        };
    Anchor a = new Anchor(handler, text);
    a.getElement().setAttribute("download", true);
    return a;
  }

  /** A small label, such as a field or a year on a card. */
  public static Span tag(String text) {
    Span tag = new Span(text);
    tag.addClassName("portal-tag");
    return tag;
  }

  /** The line shown when a list has nothing in it. */
  public static Div empty(String text) {
    Div empty = new Div();
    empty.setText(text);
    empty.addClassName("portal-empty");
    return empty;
  }
}
