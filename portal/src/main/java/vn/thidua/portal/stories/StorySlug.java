package vn.thidua.portal.stories;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * A story's address ({@code /tin-bai/<slug>}): it follows the title while the story is a draft, and
 * once the story has been published it never changes, so links readers shared keep working. Same
 * spelling as cms-config's {@code lib/slug.js} ("Thôn Bắc Sơn" becomes "thon-bac-son").
 */
public final class StorySlug {

  static final int MAX_LENGTH = 180;

  private StorySlug() {}

  /** ASCII slug of a Vietnamese text. */
  public static String of(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("[\\u0300-\\u036f]", "")
            .replace('đ', 'd')
            .replace('Đ', 'D')
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.length() > MAX_LENGTH) {
      folded = folded.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return folded.isEmpty() ? "tin-bai" : folded;
  }

  /**
   * The slug to keep when a story is saved.
   *
   * @param current the slug it has (null for a new story)
   * @param everPublished whether a published version exists
   * @param taken slugs of other stories
   */
  public static String next(
      String title,
      @org.jspecify.annotations.Nullable String current,
      boolean everPublished,
      Collection<String> taken) {
    if (everPublished && current != null && !current.isBlank()) {
      return current;
    }
    String base = of(title);
    if (base.equals(current)) {
      return base;
    }
    String candidate = base;
    for (int i = 1; taken.contains(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }
}
