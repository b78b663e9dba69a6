package vn.thidua.portal.stories;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns what the editor's rich-text field holds (HTML the browser made) into the Markdown stories
 * are stored in, so a story written in the portal, one written in Strapi's admin and the stories of
 * before all go through the one renderer ({@code stories.StoryBody}). Only what the editor offers
 * is kept: headings, paragraphs, lists, quotes, bold, italic, links and images of the media
 * library; everything else becomes its text. Text is escaped, so nothing typed or pasted can turn
 * into HTML or Markdown syntax; links keep only http(s), mailto and the portal's own paths.
 */
public final class StoryMarkdown {

  // An image of Strapi's media library as the editor shows it: the portal's proxy address of the
  // story's file, or Strapi's own path. Either is stored as Strapi's path.
  private static final Pattern MEDIA =
      Pattern.compile(
          "^(?:/tep/tin-bai/[A-Za-z0-9]{1,64}/|/uploads/)([A-Za-z0-9_\\-]{1,200}\\.[A-Za-z0-9]{1,10})$");
  private static final Pattern SAFE_LINK =
      Pattern.compile(
          "^(https?://[^\\s]+|mailto:[^\\s]+|/[^/\\s][^\\s]*)$", Pattern.CASE_INSENSITIVE);

  private StoryMarkdown() {}

  /** Markdown of the editor's HTML. */
  public static String fromHtml(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder();
    blocks(body, out);
    return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
  }

  /** The path stored for an image the editor shows at {@code src}; null when it is not ours. */
  static @org.jspecify.annotations.Nullable String mediaPath(String src) {
    Matcher m = MEDIA.matcher(src.replaceFirst("^https?://[^/]+", ""));
    return m.matches() ? "/uploads/" + m.group(1) : null;
  }

  private static void blocks(Element parent, StringBuilder out) {
    StringBuilder inline = new StringBuilder();
    for (Node child : parent.childNodes()) {
      if (child instanceof Element e && isBlock(e)) {
        flush(inline, out);
        block(e, out);
      } else {
        inline(child, inline);
      }
    }
    flush(inline, out);
  }

  private static void flush(StringBuilder inline, StringBuilder out) {
    String text = tidy(inline.toString());
    if (!text.isEmpty()) {
      out.append(text).append("\n\n");
    }
    inline.setLength(0);
  }

  private static boolean isBlock(Element e) {
    return switch (e.normalName()) {
      case "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "blockquote",
          "section",
          "article",
          "figure",
          "pre",
          "table",
          "hr" ->
          true;
      default -> false;
    };
  }

  private static void block(Element e, StringBuilder out) {
    String name = e.normalName();
    switch (name) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        // The page's title is its only h1: a heading in the text is at least h2.
        int level = Math.max(2, name.charAt(1) - '0');
        String text = tidy(inlineOf(e)).replace("\n", " ");
        if (!text.isEmpty()) {
          out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        }
      }
      case "ul", "ol" -> {
        int n = 1;
        for (Element li : e.children()) {
          if (!li.normalName().equals("li")) {
            continue;
          }
          String text = tidy(inlineOf(li)).replace("\n", " ");
          if (text.isEmpty()) {
            continue;
          }
          out.append(name.equals("ol") ? (n++) + ". " : "- ").append(text).append('\n');
        }
        out.append('\n');
      }
      case "blockquote" -> {
        StringBuilder inner = new StringBuilder();
        blocks(e, inner);
        String text = inner.toString().strip();
        if (!text.isEmpty()) {
          out.append("> ").append(text.replace("\n", "\n> ")).append("\n\n");
        }
      }
      case "hr" -> out.append("---\n\n");
      default -> blocks(e, out);
    }
  }

  private static String inlineOf(Element e) {
    StringBuilder s = new StringBuilder();
    for (Node child : e.childNodes()) {
      inline(child, s);
    }
    return s.toString();
  }

  private static void inline(Node node, StringBuilder out) {
    if (node instanceof TextNode t) {
      out.append(escape(t.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ")));
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    switch (e.normalName()) {
      case "br" -> out.append('\n');
      case "strong", "b" -> wrap(e, "**", out);
      case "em", "i" -> wrap(e, "*", out);
      case "a" -> {
        String text = tidy(inlineOf(e));
        String href = e.attr("href").strip();
        if (SAFE_LINK.matcher(href).matches() && !text.isEmpty()) {
          out.append('[')
              .append(text)
              .append("](")
              .append(href.replace(")", "%29").replace("(", "%28"))
              .append(')');
        } else {
          out.append(text);
        }
      }
      case "img" -> {
        String path = mediaPath(e.attr("src"));
        String alt = tidy(escape(e.attr("alt"))).replace("\n", " ");
        if (path != null && !alt.isEmpty()) {
          out.append("![").append(alt).append("](").append(path).append(')');
        }
      }
      case "script", "style", "template", "iframe", "object", "embed", "svg", "math" -> {}
      default -> {
        if (isBlock(e)) {
          out.append(' ').append(inlineOf(e)).append(' ');
        } else {
          out.append(inlineOf(e));
        }
      }
    }
  }

  private static void wrap(Element e, String mark, StringBuilder out) {
    String inner = inlineOf(e);
    String text = inner.strip();
    if (text.isEmpty()) {
      out.append(inner);
      return;
    }
    // Markdown emphasis cannot start or end with a space: keep the spaces outside the marks.
    if (Character.isWhitespace(inner.charAt(0))) {
      out.append(' ');
    }
    out.append(mark).append(text).append(mark);
    if (Character.isWhitespace(inner.charAt(inner.length() - 1))) {
      out.append(' ');
    }
  }

  /** Backslash-escapes what Markdown would read as syntax or HTML. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>#!|~&".indexOf(c) >= 0) {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** Trims each line, and escapes what would start a list, a heading or a quote at a line start. */
  private static String tidy(String text) {
    StringBuilder s = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String l = line.strip().replaceAll(" {2,}", " ");
      if (l.matches("^[-+>=].*") || l.matches("^\\d{1,9}[.)](\\s.*)?$")) {
        l = l.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
        if (l.matches("^[-+>=].*")) {
          l = "\\" + l;
        }
      }
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(l);
    }
    return s.toString().strip();
  }
}
