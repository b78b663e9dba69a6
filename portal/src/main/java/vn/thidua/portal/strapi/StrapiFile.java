package vn.thidua.portal.strapi;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * A file Strapi is sending: its type and length as Strapi gave them, and the body to stream. The
 * reader closes it.
 *
 * @param contentType Strapi's {@code Content-Type}, {@code application/octet-stream} when absent
 * @param length Strapi's {@code Content-Length}, if given
 * @param body the bytes, read as they arrive
 */
public record StrapiFile(String contentType, OptionalLong length, InputStream body)
    implements Closeable {

  @Override
  public void close() throws IOException {
    body.close();
  }
}
