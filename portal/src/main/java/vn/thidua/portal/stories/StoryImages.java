package vn.thidua.portal.stories;

import org.jspecify.annotations.Nullable;

/**
 * The kind of an uploaded image, read from its first bytes rather than from its name or the
 * browser's word: only the raster formats every browser shows. SVG is refused, as it can carry
 * script.
 */
final class StoryImages {

  private StoryImages() {}

  /** The MIME type of a PNG, JPEG, GIF or WebP image, or null for anything else. */
  static @Nullable String mime(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (b.length >= 12
        && starts(b, 'R', 'I', 'F', 'F')
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return "image/webp";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
