package vn.thidua.portal.shell;

import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import vn.thidua.portal.strapi.model.RichText;

/**
 * Turns untrusted text into HTML that is safe to put in a page: Markdown from Strapi is rendered,
 * then jsoup keeps only formatting tags. Scripts, event handlers ({@code onerror=}), {@code
 * javascript:} links, frames and styles never survive. Images are kept only when they point at the
 * portal's own file proxy, so a story cannot make a reader's browser call another site.
 */
public final class SafeHtml {

  // Relative links are resolved against this only to check their protocol; they stay relative.
  private static final String BASE = "https://portal.invalid/";
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().sanitizeUrls(true).softbreak("<br>").build();
  private static final List<String> LOCAL_IMAGE_PREFIXES = List.of("/tep/");

  private static final int RENDERED_MAX = 512;
  private static final java.util.Map<String, String> RENDERED =
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, String> eldest) {
          return size() > RENDERED_MAX;
        }
      };

  private SafeHtml() {}

  /**
   * Rich text (Markdown, or HTML an editor pasted) as sanitised HTML, wrapped in one {@code div}.
   *
   * @param mediaUrl maps a Strapi media URL ({@code /uploads/...}) to the portal's proxy for it;
   *     images it leaves elsewhere are dropped
   */
  public static String render(RichText text, UnaryOperator<String> mediaUrl) {
    String html = RENDERER.render(MARKDOWN.parse(text.source()));
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    for (Element img : dirty.select("img[src]")) {
      img.attr("src", mediaUrl.apply(img.attr("src")));
    }
    Document clean =
        Jsoup.parseBodyFragment(Jsoup.clean(dirty.body().html(), BASE, safelist()), BASE);
    for (Element img : clean.select("img")) {
      String src = img.attr("src");
      if (LOCAL_IMAGE_PREFIXES.stream().noneMatch(src::startsWith)) {
        img.remove();
      } else {
        img.attr("loading", "lazy");
        if (!img.hasAttr("alt")) {
          img.attr("alt", "");
        }
      }
    }
    for (Element a : clean.select("a[href]")) {
      if (a.attr("href").startsWith("http")) {
        a.attr("rel", "noopener noreferrer nofollow");
      }
    }
    // Content from Strapi is written in Vietnamese, whatever language the page is in.
    return "<div class=\"portal-richtext\" lang=\"vi\">" + clean.body().html() + "</div>";
  }

  /**
   * Rich text with no images. The same texts (the plan's sections, the phases) are on every page
   * view, so the last few hundred results are kept rather than parsed and cleaned again.
   */
  public static String render(RichText text) {
    String source = text.source();
    synchronized (RENDERED) {
      String html = RENDERED.get(source);
      if (html != null) {
        return html;
      }
    }
    String html = render(text, url -> "");
    synchronized (RENDERED) {
      RENDERED.put(source, html);
    }
    return html;
  }

  /**
   * A search highlight as the indexer sends it (text with {@code <mark>} around the matches) with
   * everything but {@code mark} removed, wrapped in one {@code span}.
   */
  public static String highlight(String passage) {
    String clean = Jsoup.clean(passage, Safelist.none().addTags("mark"));
    return "<span class=\"portal-highlight\">" + clean + "</span>";
  }

  private static Safelist safelist() {
    return Safelist.relaxed()
        .removeTags("img")
        .addTags("img", "figure", "figcaption", "hr", "s")
        .addAttributes("img", "src", "alt", "title", "width", "height")
        .addProtocols("img", "src", "https")
        .removeProtocols("a", "href", "ftp")
        .preserveRelativeLinks(true);
  }
}
