package vn.thidua.portal.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.LongConsumer;

/**
 * Copies a stream while counting, and stops as soon as it passes the limit: a file that is too
 * large is refused after {@code limit + 1} bytes, whatever its sender claimed its size was, and
 * only a small buffer is ever in memory.
 */
final class LimitedCopy {

  private static final int BUFFER = 64 * 1024;

  private LimitedCopy() {}

  /**
   * @param progress told the number of bytes copied so far, after each buffer
   * @return the number of bytes copied
   * @throws FileTooLargeException when {@code in} holds more than {@code limit} bytes
   */
  static long copy(InputStream in, OutputStream out, long limit, LongConsumer progress)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) >= 0) {
      total += read;
      if (total > limit) {
        throw new FileTooLargeException(limit);
      }
      out.write(buffer, 0, read);
      progress.accept(total);
    }
    return total;
  }
}
