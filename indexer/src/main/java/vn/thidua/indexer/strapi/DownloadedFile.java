package vn.thidua.indexer.strapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file downloaded to a temporary file; delete it with {@link #close()}.
 *
 * @param path the temporary file
 * @param sha256 hex SHA-256 of the content
 * @param size bytes
 */
public record DownloadedFile(Path path, String sha256, long size) implements AutoCloseable {

  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      path.toFile().deleteOnExit();
    }
  }
}
