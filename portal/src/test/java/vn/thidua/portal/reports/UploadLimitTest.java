package vn.thidua.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerProperties;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;
import vn.thidua.portal.uploads.UploadOutcome;

/**
 * A 1 GB upload is refused while it streams, without the heap growing: the portal reads it through
 * one small buffer to disk, stops at the limit (200 MB), and keeps nothing.
 */
class UploadLimitTest {

  private static final long GIGABYTE = 1024L * 1024 * 1024;
  private static final long THIRTY_MEGABYTES = 30L * 1024 * 1024;

  @TempDir Path spoolDir;
  private ReportService reports;

  /** 1 GB of bytes that exist nowhere: generated as they are read. */
  static final class Gigabyte extends InputStream {
    final AtomicLong read = new AtomicLong();

    @Override
    public int read() {
      return read.getAndIncrement() < GIGABYTE ? '%' : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long left = GIGABYTE - read.get();
      if (left <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) '%');
      read.addAndGet(n);
      return n;
    }
  }

  @BeforeEach
  void setUp() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    URI nowhere = URI.create("http://127.0.0.1:9");
    StrapiClient strapi =
        StrapiClient.create(
            new StrapiProperties(
                nowhere,
                nowhere,
                "t",
                Duration.ofMillis(200),
                Duration.ofMillis(200),
                Duration.ofMillis(200),
                1,
                Duration.ZERO,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                10),
            clock);
    IndexerClient indexer =
        new IndexerClient(
            new IndexerProperties(nowhere, "", Duration.ofMillis(200), Duration.ofMillis(200)));
    reports =
        vn.thidua.portal.TestBeans.reports(
                strapi,
                indexer,
                TestUsers.currentUser(),
                clock,
                vn.thidua.portal.TestBeans.plans(strapi, clock),
                vn.thidua.portal.TestBeans.uploadsProperties(DataSize.ofMegabytes(200), spoolDir))
            .service();
    TestUsers.signIn(PortalRole.UNIT, "unitA");
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private static <T> T make(Class<T> type, Object... args) throws Exception {
    Constructor<?> c = type.getDeclaredConstructors()[0];
    c.setAccessible(true);
    return type.cast(c.newInstance(args));
  }

  @Test
  void a_file_announced_as_1_gb_is_refused_before_a_byte_is_read() {
    Gigabyte body = new Gigabyte();
    UploadOutcome outcome = reports.receive("bao-cao.pdf", GIGABYTE, body, n -> {});
    assertThat(outcome).isInstanceOf(UploadOutcome.Refused.class);
    assertThat(((UploadOutcome.Refused) outcome).messageKey())
        .isEqualTo("reports.upload.refused.size");
    assertThat(body.read.get()).isZero();
  }

  @Test
  void a_1_gb_upload_of_unknown_size_is_refused_at_the_limit_without_the_heap_growing()
      throws Exception {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    Gigabyte body = new Gigabyte();
    UploadOutcome outcome = reports.receive("bao-cao.pdf", -1, body, n -> {});

    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "1 GB upload: read %d MB, heap before %d MB, peak %d MB%n",
        body.read.get() >> 20, before >> 20, peak >> 20);
    assertThat(outcome).isInstanceOf(UploadOutcome.Refused.class);
    assertThat(((UploadOutcome.Refused) outcome).messageKey())
        .isEqualTo("reports.upload.refused.size");
    assertThat(body.read.get()).as("stopped at the limit").isLessThan(201L * 1024 * 1024);
    assertThat(peak - before).as("heap growth").isLessThan(THIRTY_MEGABYTES);
    try (Stream<Path> left = Files.walk(spoolDir)) {
      assertThat(left.filter(Files::isRegularFile)).as("nothing kept on disk").isEmpty();
    }
  }
}
