package vn.thidua.portal.strapi.model;

/**
 * Rich text as Strapi stores it: Markdown or HTML written by editors, never trusted. A view renders
 * it (Markdown to HTML) and sanitises the result before display.
 *
 * <p>Text that Strapi keeps as a list of paragraphs or as blocks is joined into Markdown paragraphs
 * when read, so callers see one shape.
 *
 * @param source the text as written
 */
public record RichText(String source) {

  public RichText {
    source = source == null ? "" : source;
  }

  public static RichText of(String source) {
    return new RichText(source);
  }

  public boolean isBlank() {
    return source.isBlank();
  }

  @Override
  public String toString() {
    return source;
  }
}
