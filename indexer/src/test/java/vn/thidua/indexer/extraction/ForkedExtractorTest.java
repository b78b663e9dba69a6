package vn.thidua.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.util.unit.DataSize;
import vn.thidua.indexer.Corpus;
import vn.thidua.indexer.HostileFiles;
import vn.thidua.indexer.executors.IndexerExecutors;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * Files read in parser processes: hostile files fail alone, with a reason, while the indexer's heap
 * stays small and the same processes go on reading ordinary reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForkedExtractorTest {

  /**
   * What the indexer's heap may grow to while hostile files are read; each one inflates to 1 GB.
   */
  private static final long HEAP_CEILING = 384L << 20;

  /** Hostile files get ten seconds, so that those that are slow on purpose end soon. */
  private static final ExtractionProperties HASTY = withTimeLimit(Duration.ofSeconds(10));

  /** Ordinary reports get the indexer's own limit: OCR on a busy machine takes its time. */
  private static final ExtractionProperties PATIENT = ExtractionProperties.defaults();

  private static final ParserProcessProperties PROCESSES =
      new ParserProcessProperties(true, 1, DataSize.ofMegabytes(256), Duration.ofSeconds(5), 500);

  /** The parser processes' deadlines, as the indexer's timers keep them. */
  private static final ThreadPoolTaskScheduler TIMERS =
      IndexerExecutors.scheduler("test-timer-", 1, true);

  @TempDir Path tmp;
  private Map<String, Path> hostile;
  private ForkedExtractor extractor;
  private ForkedExtractor patient;

  @BeforeAll
  void start() throws IOException {
    hostile = HostileFiles.writeAll(Files.createTempDirectory("hostile"));
    extractor = new ForkedExtractor(HASTY, PROCESSES, 1, TIMERS.getScheduledExecutor());
    patient = new ForkedExtractor(PATIENT, PROCESSES, 1, TIMERS.getScheduledExecutor());
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @AfterAll
  void stop() {
    TIMERS.shutdown();
    extractor.close();
    patient.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zip-bomb.docx",
        "zip-bomb.xlsx",
        "zip-bomb.odt",
        "billion-laughs.odt",
        "100000-pages.pdf",
        "endless-drawing.pdf",
        "empty.docx",
        "nested-40-levels.docx"
      })
  void a_hostile_file_fails_alone_with_a_reason_and_the_next_report_is_read(String name) {
    ExtractionResult result = extractor.extract(hostile.get(name), name, ExtractionListener.NONE);

    assertThat(result.status().hasText()).as(name + ": " + result.reason()).isFalse();
    assertThat(result.status()).isIn(ExtractionStatus.FAILED, ExtractionStatus.EMPTY);
    assertThat(result.reason()).isNotNull();
    assertThat(result.pages()).isEmpty();
    assertThat(heapPeak()).as("the indexer's heap peak").isLessThan(HEAP_CEILING);

    ExtractionResult next = readReport("r01-000.docx");
    assertThat(next.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(next.pages().getFirst().text()).contains("Phong trào thi đua");
  }

  @Test
  void documents_nested_forty_deep_are_refused_with_the_limit_in_the_reason() {
    Path nested = hostile.get("nested-40-levels.docx");

    // The depth limit is what is tested, not the time limit: a cold parser process on a loaded
    // machine may take more than the hasty ten seconds to reach the third level.
    ExtractionResult result = patient.extract(nested, "nested.docx", ExtractionListener.NONE);

    assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
    assertThat(result.reason()).isEqualTo(Reason.of(ReasonCode.NESTED_TOO_DEEP, "levels", 3));
    assertThat(result.pages()).isEmpty();
  }

  @Test
  void a_name_that_tries_to_leave_the_directory_is_only_a_hint() {
    Path content = HostileFiles.escapingNameContent(tmp);
    assertThat(HostileFiles.ESCAPING_NAME).hasSize(300).startsWith("../");

    ExtractionResult result =
        extractor.extract(content, HostileFiles.ESCAPING_NAME, ExtractionListener.NONE);

    assertThat(result.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(result.pages().getFirst().text()).contains("đổi mới sáng tạo");
  }

  @Test
  void reports_read_in_a_parser_process_are_what_the_extractor_reads_in_process() {
    TextExtractor inProcess = new TextExtractor(PATIENT);
    for (String name : new String[] {"r01-000.docx", "r01-004.pdf", "r01-008.odt"}) {
      Path file = Corpus.reports().resolve(name);
      assertThat(patient.extract(file, name, ExtractionListener.NONE))
          .as(name)
          .isEqualTo(inProcess.extract(file, name, ExtractionListener.NONE));
    }
    // One process read them all: files do not each pay for a JVM start.
    assertThat(patient.workers().getFirst().starts()).isEqualTo(1);
  }

  @Test
  void a_stop_signal_sent_to_the_process_group_does_not_fail_the_file_being_read()
      throws Exception {
    // infra/stack and systemd's control group send SIGTERM to the indexer and its children
    // alike; the indexer then lets its running files finish, so its parsers must go on.
    Path scan = Corpus.reports().resolve("r01-026.pdf");
    CountDownLatch reading = new CountDownLatch(1);
    CompletableFuture<ExtractionResult> result =
        CompletableFuture.supplyAsync(
            () -> patient.extract(scan, "r01-026.pdf", reading::countDown));
    assertThat(reading.await(5, TimeUnit.MINUTES)).as("the scan's OCR started").isTrue();

    ProcessHandle parser = patient.workers().getFirst().handle();
    assertThat(parser).isNotNull();
    parser.destroy();

    ExtractionResult read = result.get(10, TimeUnit.MINUTES);
    assertThat(read.status()).as(String.valueOf(read.reason())).isEqualTo(ExtractionStatus.OK);
    assertThat(parser.isAlive()).isTrue();
  }

  @Test
  void a_scanned_page_tells_the_listener_that_ocr_started() {
    AtomicInteger told = new AtomicInteger();
    Path scan = Corpus.reports().resolve("r01-026.pdf");

    ExtractionResult result = patient.extract(scan, "r01-026.pdf", told::incrementAndGet);

    assertThat(result.ocrUsed()).isTrue();
    assertThat(told).hasPositiveValue();
  }

  @Test
  void a_parser_process_that_crashes_hangs_or_runs_out_of_memory_fails_that_file_only() {
    try (ForkedExtractor misbehaving =
        new ForkedExtractor(
            withTimeLimit(Duration.ofSeconds(5)),
            new ParserProcessProperties(
                true, 1, DataSize.ofMegabytes(64), Duration.ofSeconds(5), 500),
            1,
            TIMERS.getScheduledExecutor(),
            MisbehavingWorker.class.getName())) {
      Path any = tmp.resolve("any");

      ExtractionResult crashed = misbehaving.extract(any, "crash", ExtractionListener.NONE);
      ExtractionResult hung = misbehaving.extract(any, "hang", ExtractionListener.NONE);
      ExtractionResult filled = misbehaving.extract(any, "oom", ExtractionListener.NONE);
      AtomicInteger told = new AtomicInteger();
      ExtractionResult ordinary = misbehaving.extract(any, "ordinary", told::incrementAndGet);
      ExtractionResult again = misbehaving.extract(any, "again", ExtractionListener.NONE);

      assertThat(crashed.status()).isEqualTo(ExtractionStatus.FAILED);
      assertThat(crashed.reason()).isEqualTo(Reason.of(ReasonCode.PARSER_CRASHED, "exitCode", 134));
      assertThat(hung.status()).isEqualTo(ExtractionStatus.FAILED);
      assertThat(hung.reason()).isEqualTo(Reason.of(ReasonCode.TIMEOUT, "seconds", 5));
      assertThat(filled.status()).isEqualTo(ExtractionStatus.FAILED);
      assertThat(filled.reason()).isEqualTo(Reason.of(ReasonCode.OUT_OF_MEMORY, "heapMb", 64));
      assertThat(ordinary.pages()).containsExactly(new PageText(1, "ordinary"));
      assertThat(told).hasValue(1);
      assertThat(again.status()).isEqualTo(ExtractionStatus.OK);
      // Three deaths, three restarts; the two ordinary files shared one process.
      assertThat(misbehaving.workers().getFirst().starts()).isEqualTo(4);
    }
  }

  private ExtractionResult readReport(String name) {
    return extractor.extract(Corpus.reports().resolve(name), name, ExtractionListener.NONE);
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  private static ExtractionProperties withTimeLimit(Duration limit) {
    ExtractionProperties d = ExtractionProperties.defaults();
    return new ExtractionProperties(
        d.maxCharacters(),
        limit,
        d.maxFileSize(),
        d.ocrLanguages(),
        d.ocrTimeLimit(),
        d.maxEmbeddingDepth(),
        d.maxCompressionRatio(),
        d.maxXmlDepth());
  }
}
