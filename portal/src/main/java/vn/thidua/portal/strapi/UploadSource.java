package vn.thidua.portal.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to upload, read as a stream of known length so it is never held whole in memory.
 *
 * @param fileName the name Strapi keeps (Vietnamese names are fine)
 * @param contentType the MIME type, detected from the content by the caller
 * @param size exactly the number of bytes {@code content} yields
 * @param content opens the stream; called once per attempt
 */
public record UploadSource(String fileName, String contentType, long size, Content content) {

  public UploadSource {
    if (size < 0) {
      throw new IllegalArgumentException("size must be known and not negative: " + size);
    }
  }

  /** Opens the bytes of the file. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  public static UploadSource of(Path file, String fileName, String contentType) {
    try {
      return new UploadSource(
          fileName, contentType, Files.size(file), () -> Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
