package vn.thidua.indexer.queue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * What the queue itself costs, apart from reading files: jobs per second enqueued, claimed and
 * finished by one indexer on its embedded H2, one on the shared PostgreSQL and two sharing it, and
 * how long the jobs of an indexer that died wait before another takes them over. Each "indexer" is
 * the queue, the file statuses and the worker with the settings of a two-core machine (two workers,
 * six jobs in flight), on its own connection pool, as in {@link PoisonJobTest}; a job's work is
 * what the pipeline writes to the queue's database for a file (its final status), without the
 * download, the parsing and Elasticsearch, which {@code PipelineBenchmark} measures. Prints figures
 * and asserts no speed. Needs the stack's PostgreSQL:
 *
 * <pre>
 * STACK_PROFILE=test STACK_DB=postgres infra/stack up pg
 * mvn -o -pl indexer test -Dtest=QueueThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * {@code -Dqueue.bench.jobs} (default 2,000) jobs per run, {@code -Dqueue.bench.rounds} (default 3)
 * rounds of every run, interleaved, {@code -Dqueue.bench.lease} (default 5 s) the lease of the
 * recovery run.
 */
class QueueThroughputBenchmark {

  private final int jobs = Integer.getInteger("queue.bench.jobs", 2_000);
  private final int rounds = Integer.getInteger("queue.bench.rounds", 3);
  private final Duration recoveryLease =
      Duration.ofMillis(Long.getLong("queue.bench.lease", 5_000));
  private final ItEnvironment.Database database = ItEnvironment.indexerDatabase();
  private final List<PoisonJobTest.Process> open = new ArrayList<>();

  @Test
  void jobs_per_second_on_h2_and_postgresql_with_one_and_two_indexers_and_lease_recovery()
      throws Exception {
    List<Figures> h2 = new ArrayList<>();
    List<Figures> pgOne = new ArrayList<>();
    List<Figures> pgTwo = new ArrayList<>();
    List<Double> recovery = new ArrayList<>();
    try {
      for (int round = 1; round <= rounds; round++) {
        h2.add(throughput(false, 1));
        pgOne.add(throughput(true, 1));
        pgTwo.add(throughput(true, 2));
        recovery.add(leaseRecovery());
        System.out.printf(
            Locale.ROOT,
            "round %d: H2 %s | PostgreSQL %s | two on PostgreSQL %s | recovery %.1f s%n",
            round,
            h2.getLast(),
            pgOne.getLast(),
            pgTwo.getLast(),
            recovery.getLast());
      }
    } finally {
      open.forEach(PoisonJobTest.Process::die);
    }
    System.out.printf(
        Locale.ROOT,
        "%n=== Queue throughput: %d jobs a run, %d rounds, median (min–max) ===%n"
            + "%-28s %-24s %-24s %-24s%n",
        jobs,
        rounds,
        "",
        "enqueued jobs/s",
        "claimed jobs/s",
        "finished jobs/s");
    print("one indexer, H2", h2);
    print("one indexer, PostgreSQL", pgOne);
    print("two indexers, PostgreSQL", pgTwo);
    System.out.printf(
        Locale.ROOT,
        "Lease recovery (lease %.1f s, 6 jobs held by a dead indexer): every job done by the"
            + " other after %s s%n",
        recoveryLease.toMillis() / 1e3,
        spread(recovery, "%.1f"));
  }

  /** {@code indexers} indexers work {@link #jobs} file jobs enqueued before they start. */
  private Figures throughput(boolean postgres, int indexers) throws Exception {
    Path dataDir = Files.createTempDirectory("queue-bench");
    if (postgres) {
      dropTables();
    }
    ConcurrentLinkedQueue<Long> claims = new ConcurrentLinkedQueue<>();
    List<PoisonJobTest.Process> fleet = new ArrayList<>();
    for (int i = 0; i < indexers; i++) {
      fleet.add(
          open(
              new PoisonJobTest.Process(
                  properties(dataDir, postgres, "bench-" + i, Duration.ofMinutes(1)),
                  finishing(claims))));
    }
    PoisonJobTest.Process first = fleet.getFirst();
    long enqueueStart = System.nanoTime();
    for (int i = 0; i < jobs; i++) {
      // Three files a report, as the corpus's reports and their evidence come.
      String entry = String.format(Locale.ROOT, "rptbench%016d", i / 3);
      String file = String.valueOf(10_000 + i);
      first.statuses.markQueued(
          file,
          entry,
          "report",
          "r.pdf",
          "/uploads/r.pdf",
          "h" + i,
          1_000_000,
          Visibility.PUBLIC,
          null);
      first.queue.enqueue(JobKind.INDEX_FILE, "report", entry, file);
    }
    double enqueued = jobs / seconds(enqueueStart);
    long start = System.nanoTime();
    fleet.forEach(p -> p.worker.start());
    Await.until(
        Duration.ofMinutes(10), () -> first.queue.depth() == 0, "every job of the run done");
    double finished = jobs / seconds(start);
    long lastClaim = claims.stream().mapToLong(Long::longValue).max().orElse(start);
    double claimed = jobs / ((lastClaim - start) / 1e9);
    if (claims.size() != jobs) {
      throw new AssertionError(claims.size() + " jobs handed out for " + jobs);
    }
    fleet.forEach(this::close);
    return new Figures(enqueued, claimed, finished);
  }

  /**
   * An indexer holding six jobs dies; from that moment, how long until the other indexer has done
   * them all (the lease must run out first).
   */
  private double leaseRecovery() throws Exception {
    dropTables();
    Path dataDir = Files.createTempDirectory("queue-bench");
    PoisonJobTest.Process dead =
        open(
            new PoisonJobTest.Process(
                properties(dataDir, true, "bench-dead", recoveryLease), p -> p.dyingUnder()));
    for (int i = 0; i < 6; i++) {
      String entry = String.format(Locale.ROOT, "rptlease%016d", i);
      dead.statuses.markQueued(
          String.valueOf(i),
          entry,
          "report",
          "r.pdf",
          "/uploads/r.pdf",
          "h",
          1_000,
          Visibility.PUBLIC,
          null);
      dead.queue.enqueue(JobKind.INDEX_FILE, "report", entry, String.valueOf(i));
    }
    dead.worker.start();
    for (int i = 0; i < 6; i++) {
      dead.nextHandedOut();
    }
    close(dead);
    long died = System.nanoTime();
    PoisonJobTest.Process survivor =
        open(
            new PoisonJobTest.Process(
                properties(dataDir, true, "bench-survivor", recoveryLease), p -> p.indexing()));
    survivor.worker.start();
    Await.until(
        recoveryLease.multipliedBy(4).plusSeconds(30),
        () -> survivor.queue.depth() == 0,
        "the dead indexer's jobs done by the other");
    double seconds = seconds(died);
    close(survivor);
    return seconds;
  }

  /** The pipeline's last write for a file: its final status; the claim's moment noted. */
  private static Function<PoisonJobTest.Process, Function<Job, CompletionStage<Void>>> finishing(
      ConcurrentLinkedQueue<Long> claims) {
    return process ->
        job -> {
          claims.add(System.nanoTime());
          process.statuses.finish(
              job.fileId(),
              job.entryDocumentId(),
              FileState.INDEXED,
              Reason.of(ReasonCode.INDEXED),
              "sha",
              1,
              10);
          return CompletableFuture.completedFuture(null);
        };
  }

  private QueueProperties properties(
      Path dataDir, boolean postgres, String instance, Duration lease) {
    // The defaults of a two-core indexer: two workers, three jobs in flight each.
    return new QueueProperties(
        dataDir,
        2,
        6,
        Duration.ofMillis(500),
        Duration.ofSeconds(2),
        Duration.ofMinutes(1),
        3,
        postgres ? database.url() : "",
        postgres ? database.username() : "",
        postgres ? database.password() : "",
        lease,
        instance);
  }

  private PoisonJobTest.Process open(PoisonJobTest.Process process) {
    open.add(process);
    return process;
  }

  private void close(PoisonJobTest.Process process) {
    process.die();
    open.remove(process);
  }

  private void dropTables() throws Exception {
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.username(), database.password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS job, file_status, entry, report_facts");
    }
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  private static void print(String name, List<Figures> runs) {
    System.out.printf(
        Locale.ROOT,
        "%-28s %-24s %-24s %-24s%n",
        name,
        spread(runs.stream().map(Figures::enqueued).toList(), "%.0f"),
        spread(runs.stream().map(Figures::claimed).toList(), "%.0f"),
        spread(runs.stream().map(Figures::finished).toList(), "%.0f"));
  }

  /** Median, then the lowest and highest. */
  static String spread(List<Double> values, String format) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return String.format(
        Locale.ROOT,
        format + " (" + format + "–" + format + ")",
        median,
        sorted.getFirst(),
        sorted.getLast());
  }

  private record Figures(double enqueued, double claimed, double finished) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.0f/%.0f/%.0f jobs/s", enqueued, claimed, finished);
    }
  }
}
