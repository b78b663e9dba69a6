package vn.thidua.indexer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import vn.thidua.indexer.executors.IndexerExecutors;
import vn.thidua.indexer.extraction.ExtractionListener;
import vn.thidua.indexer.extraction.ExtractionProperties;
import vn.thidua.indexer.extraction.ExtractionResult;
import vn.thidua.indexer.extraction.FileExtractor;
import vn.thidua.indexer.extraction.ForkedExtractor;
import vn.thidua.indexer.extraction.ParserProcessProperties;
import vn.thidua.indexer.extraction.TextExtractor;
import vn.thidua.indexer.facts.FactsExtractor;

/**
 * What isolating the parsers costs, measured so that a shared machine's load falls on every side
 * alike: the corpus reports, {@code bench.ingest.copies} times over (default 1: 30 files), read by
 * as many threads as there are cores (the queue's default workers)
 *
 * <ol>
 *   <li>by Tika alone: {@link TextExtractor} in this JVM;
 *   <li>by the parser processes, as the indexer reads them ({@link ForkedExtractor}, one process a
 *       thread, kept between files);
 *   <li>by the parser processes, then the facts read from the pages in this JVM ({@link
 *       FactsExtractor}), as the pipeline does.
 * </ol>
 *
 * A round runs the three one after the other, in an order that turns each round, after one round
 * that is not counted (JIT, the processes' first files); {@code bench.ingest.rounds} rounds
 * (default 5). Each round's ratio is Tika alone's time over the side's; it prints each round, then
 * the median and the lowest and highest ratio. Prints figures, asserts nothing; needs no stack:
 *
 * <pre>
 * mvn -o -pl indexer test -Dtest=IngestRatioBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class IngestRatioBenchmark {

  private final int copies = Integer.getInteger("bench.ingest.copies", 1);
  private final int rounds = Integer.getInteger("bench.ingest.rounds", 5);

  @Test
  void tika_alone_against_parser_processes_with_and_without_facts() throws Exception {
    List<Path> batch = new ArrayList<>();
    try (var files = Files.list(Corpus.reports())) {
      List<Path> corpus =
          files.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().toList();
      for (int i = 0; i < copies; i++) {
        batch.addAll(corpus);
      }
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExtractionProperties properties = ExtractionProperties.defaults();
    TextExtractor tika = new TextExtractor(properties);
    FactsExtractor facts = new FactsExtractor();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadPoolTaskScheduler timers = IndexerExecutors.scheduler("bench-timer-", 1, true);
    ForkedExtractor forked =
        new ForkedExtractor(
            properties, ParserProcessProperties.defaults(), threads, timers.getScheduledExecutor());
    List<Side> sides =
        List.of(
            new Side("Tika alone", file -> tika.extract(file, name(file), ExtractionListener.NONE)),
            new Side("parser processes", file -> read(forked, file)),
            new Side(
                "parser processes + facts",
                file -> {
                  ExtractionResult result = read(forked, file);
                  facts.extract(result.pages());
                  return result;
                }));
    System.out.printf(
        Locale.ROOT,
        "%n=== Ingest ratio: %d files a side, %d threads, %d rounds (+1 not counted) ===%n",
        batch.size(),
        threads,
        rounds);
    try {
      for (int round = 0; round <= rounds; round++) {
        double[] seconds = new double[sides.size()];
        for (int k = 0; k < sides.size(); k++) {
          int s = (k + round) % sides.size();
          seconds[s] = time(pool, batch, sides.get(s).read());
          System.out.printf(
              Locale.ROOT, "  (round %d, %s: %.1f s)%n", round, sides.get(s).name(), seconds[s]);
        }
        if (round == 0) {
          continue;
        }
        StringBuilder line = new StringBuilder("round " + round + ":");
        for (int s = 0; s < sides.size(); s++) {
          Side side = sides.get(s);
          side.ratios().add(seconds[0] / seconds[s]);
          side.filesPerSecond().add(batch.size() / seconds[s]);
          line.append(
              String.format(
                  Locale.ROOT,
                  "  %s %.2f files/s (%.2f)",
                  side.name(),
                  batch.size() / seconds[s],
                  seconds[0] / seconds[s]));
        }
        System.out.println(line);
      }
    } finally {
      pool.shutdownNow();
      forked.close();
      timers.shutdown();
    }
    System.out.printf(
        Locale.ROOT, "%-26s %-22s %s%n", "median (lowest–highest)", "files/s", "/ Tika alone");
    for (Side side : sides) {
      System.out.printf(
          Locale.ROOT,
          "%-26s %-22s %s%n",
          side.name(),
          spread(side.filesPerSecond()),
          spread(side.ratios()));
    }
  }

  /** Median, then the lowest and highest. */
  private static String spread(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return String.format(
        Locale.ROOT, "%.2f (%.2f–%.2f)", median, sorted.getFirst(), sorted.getLast());
  }

  private static ExtractionResult read(FileExtractor extractor, Path file) {
    return extractor.extract(file, name(file), ExtractionListener.NONE);
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }

  private static double time(
      ExecutorService pool, List<Path> batch, Function<Path, ExtractionResult> read)
      throws Exception {
    long start = System.nanoTime();
    List<Future<ExtractionResult>> results = new ArrayList<>();
    for (Path file : batch) {
      results.add(pool.submit(() -> read.apply(file)));
    }
    for (Future<ExtractionResult> result : results) {
      if (!result.get().status().hasText()) {
        throw new AssertionError("a corpus report was not read: " + result.get().reason());
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private record Side(
      String name,
      Function<Path, ExtractionResult> read,
      List<Double> ratios,
      List<Double> filesPerSecond) {
    Side(String name, Function<Path, ExtractionResult> read) {
      this(name, read, new ArrayList<>(), new ArrayList<>());
    }
  }
}
