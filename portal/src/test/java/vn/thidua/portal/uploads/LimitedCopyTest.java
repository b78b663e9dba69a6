package vn.thidua.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LimitedCopyTest {

  /** An endless stream that counts what was read from it. */
  static final class Endless extends InputStream {
    final AtomicLong read = new AtomicLong();

    @Override
    public int read() {
      read.incrementAndGet();
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read.addAndGet(len);
      java.util.Arrays.fill(b, off, off + len, (byte) 'x');
      return len;
    }
  }

  @Test
  void a_file_within_the_limit_is_copied_whole() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = LimitedCopy.copy(new ByteArrayInputStream(new byte[1000]), out, 1000, x -> {});
    assertThat(n).isEqualTo(1000);
    assertThat(out.size()).isEqualTo(1000);
  }

  @Test
  void the_limit_is_enforced_while_streaming_not_after() {
    Endless endless = new Endless();
    long limit = 10L * 1024 * 1024;
    assertThatThrownBy(
            () -> LimitedCopy.copy(endless, OutputStream.nullOutputStream(), limit, x -> {}))
        .isInstanceOf(FileTooLargeException.class);
    // It stopped reading within one buffer of the limit: a liar's stream is not read to its end.
    assertThat(endless.read.get()).isLessThanOrEqualTo(limit + 64 * 1024);
  }
}
