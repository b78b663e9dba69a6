package vn.thidua.portal.strapi.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file in Strapi's media library.
 *
 * @param size in kilobytes, as Strapi reports it
 * @param url relative to Strapi ({@code /uploads/...}); the portal serves or proxies it, a browser
 *     never gets Strapi's address with a token
 * @param formats resized images Strapi made (thumbnail, small, medium, large), empty for others
 */
public record StrapiMedia(
    long id,
    String documentId,
    String name,
    @Nullable String alternativeText,
    @Nullable String mime,
    @Nullable Double size,
    String url,
    Map<String, Format> formats) {

  public StrapiMedia {
    formats = formats == null ? Map.of() : Map.copyOf(formats);
  }

  /** One resized copy of an image. */
  public record Format(
      String url, @Nullable Integer width, @Nullable Integer height, @Nullable String mime) {}
}
