package vn.thidua.portal.strapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A {@code multipart/form-data} body whose file part streams from its source: the JDK client pulls
 * the bytes as it sends them, so memory holds a few buffers whatever the file's size. The length is
 * known, so the request carries a {@code Content-Length} and Strapi can refuse an oversized file
 * before reading it.
 */
final class MultipartBody {

  private final String boundary = "portal-" + UUID.randomUUID();
  private final Map<String, String> fields;
  private final UploadSource file;
  private final String fileField;
  private final AtomicReference<@Nullable IOException> sourceFailure = new AtomicReference<>();

  MultipartBody(Map<String, String> fields, String fileField, UploadSource file) {
    this.fields = fields;
    this.fileField = fileField;
    this.file = file;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  BodyPublisher publisher() {
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(quoted(file.fileName()))
        .append("\"\r\nContent-Type: ")
        .append(file.contentType())
        .append("\r\n\r\n");
    String tail = "\r\n--" + boundary + "--\r\n";
    BodyPublisher content =
        BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(this::open), file.size());
    return BodyPublishers.concat(
        BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
        content,
        BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
  }

  /** The source's own failure, if the upload broke because the file could not be read. */
  @Nullable IOException sourceFailure() {
    return sourceFailure.get();
  }

  private InputStream open() {
    try {
      return new RecordingStream(file.content().open());
    } catch (IOException e) {
      sourceFailure.set(e);
      throw new UncheckedIOException(e);
    }
  }

  /** A quote or a line break in a file name would end the header early. */
  private static String quoted(String name) {
    return name.replace("\"", "%22").replace("\r", " ").replace("\n", " ");
  }

  /**
   * Remembers an error of the source, or a source that does not yield its declared size, so it is
   * not mistaken for Strapi dropping the line.
   */
  private final class RecordingStream extends InputStream {
    private final InputStream in;
    private long count;

    RecordingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException e) {
        sourceFailure.set(e);
        throw e;
      }
      if (n > 0) {
        count += n;
      }
      if ((n < 0 && count != file.size()) || count > file.size()) {
        sourceFailure.compareAndSet(
            null,
            new IOException(
                "the file yielded %d bytes, %d were declared".formatted(count, file.size())));
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
