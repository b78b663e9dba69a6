package vn.thidua.indexer.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.executors.ExecutorProperties;
import vn.thidua.indexer.executors.IndexerExecutors;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * A file whose job kills the indexer (an out-of-memory, a crash) must not kill every restart. Each
 * "process" here is the queue, the status store and the worker on the same H2 file; a process
 * "dies" under a job by being dropped while the job runs (its work never completes, nothing is
 * recorded after the start), which leaves the database exactly as {@code kill -9} would.
 */
class PoisonJobTest {

  private static final String ENTRY = "rptpoison000000000000001";
  private static final String FILE = "777";

  @TempDir Path dataDir;

  private Process current;

  @AfterEach
  void stop() {
    if (current != null) {
      current.die();
    }
  }

  @Test
  void
      a_file_that_kills_the_process_three_times_is_failed_with_a_reason_and_an_admin_retry_reads_it_again()
          throws Exception {
    current = start(Process::dyingUnder);
    current.statuses.markQueued(
        FILE,
        ENTRY,
        "report",
        "bom.docx",
        "/uploads/bom.docx",
        "h1",
        1_200_000,
        Visibility.RESTRICTED,
        "unit1");
    current.queue.enqueue(JobKind.INDEX_FILE, "report", ENTRY, FILE);

    for (int start = 1; start <= 3; start++) {
      Job job = current.nextHandedOut();
      assertThat(job.fileId()).isEqualTo(FILE);
      assertThat(job.attempts()).as("the start counted before the work").isEqualTo(start);
      current.die();
      current = start(Process::dyingUnder);
    }

    // The file is marked failed before its job leaves the queue (a death in between quarantines
    // it again on the next start), so both are awaited.
    Await.until(
        Duration.ofSeconds(30),
        () -> current.state() == FileState.FAILED && current.queue.depth() == 0,
        "the file to be quarantined as failed and its job to leave the queue");
    FileStatus failed = current.statuses.find(FILE, ENTRY).orElseThrow();
    assertThat(failed.reason()).isEqualTo(Reason.of(ReasonCode.QUARANTINED, "attempts", 3));
    assertThat(failed.reasonText()).startsWith("Quá nhiều lần đọc thất bại (3 lần");
    assertThat(current.handedOut).as("not handed out a fourth time").isEmpty();

    current.die();
    current = start(Process::indexing);
    assertThat(current.statuses.find(FILE, ENTRY).orElseThrow().state())
        .as("still failed after another restart")
        .isEqualTo(FileState.FAILED);
    assertThat(current.queue.depth()).isZero();

    assertThat(current.quarantine.retry(FILE)).isEqualTo(1);
    Job again = current.nextHandedOut();
    assertThat(again.attempts()).as("the attempts start again").isEqualTo(1);
    Await.until(
        Duration.ofSeconds(30),
        () -> current.state() == FileState.INDEXED,
        "the retried file to be indexed");
    assertThat(current.statuses.attempts(FILE, ENTRY)).isZero();
  }

  @Test
  void a_new_job_for_the_same_file_does_not_start_the_count_again() throws Exception {
    current = start(Process::dyingUnder);
    current.statuses.markQueued(
        FILE,
        ENTRY,
        "report",
        "bom.xlsx",
        "/uploads/bom.xlsx",
        "h1",
        1_000,
        Visibility.PUBLIC,
        null);
    current.queue.enqueue(JobKind.INDEX_FILE, "report", ENTRY, FILE);
    current.nextHandedOut();
    current.die();
    current = start(Process::dyingUnder);
    current.nextHandedOut();
    current.die();

    // The job is lost and queued anew (as the reconcile pass does for a file left in progress),
    // and Strapi sends the same file again: the file's own count goes on.
    current = open(Process::dyingUnder);
    JdbcClient.create(current.dataSource).sql("DELETE FROM job").update();
    current.statuses.markQueued(
        FILE,
        ENTRY,
        "report",
        "bom.xlsx",
        "/uploads/bom.xlsx",
        "h1",
        1_000,
        Visibility.PUBLIC,
        null);
    current.queue.enqueue(JobKind.INDEX_FILE, "report", ENTRY, FILE);
    current.worker.start();
    assertThat(current.nextHandedOut().attempts()).as("a new job").isEqualTo(1);
    current.die();
    current = start(Process::dyingUnder);

    Await.until(
        Duration.ofSeconds(30),
        () -> current.state() == FileState.FAILED,
        "the file to be quarantined after its third start");
    assertThat(current.handedOut).isEmpty();
  }

  @Test
  void elasticsearch_or_strapi_down_does_not_count_against_a_file() throws Exception {
    AtomicInteger outages = new AtomicInteger(5);
    current =
        start(
            process ->
                job -> {
                  if (outages.getAndDecrement() > 0) {
                    process.handedOut.add(job);
                    return CompletableFuture.failedFuture(
                        new RetryLaterException("Elasticsearch: down", new RuntimeException()));
                  }
                  return process.indexing().apply(job);
                });
    current.statuses.markQueued(
        FILE, ENTRY, "report", "ok.pdf", "/uploads/ok.pdf", "h1", 1_000, Visibility.PUBLIC, null);
    current.queue.enqueue(JobKind.INDEX_FILE, "report", ENTRY, FILE);

    Await.until(
        Duration.ofSeconds(60),
        () -> current.state() == FileState.INDEXED,
        "the file to be indexed once the outage is over");
    assertThat(current.handedOut).hasSize(6).allSatisfy(job -> assertThat(job.attempts()).isOne());
  }

  @Test
  void a_stopping_indexer_puts_its_running_job_back_in_the_queue_its_start_counted()
      throws Exception {
    current = start(Process::dyingUnder);
    current.statuses.markQueued(
        FILE, ENTRY, "report", "r.pdf", "/uploads/r.pdf", "h1", 1_000, Visibility.PUBLIC, null);
    current.queue.enqueue(JobKind.INDEX_FILE, "report", ENTRY, FILE);
    current.nextHandedOut();

    current.stop();
    current = open(Process::indexing);

    // Waiting again at once, for this indexer's next start or another's, without a lease to
    // run out; the start stays counted, so a file that breaks every stop is still put aside.
    assertThat(
            JdbcClient.create(current.dataSource)
                .sql("SELECT state, owner, attempts FROM job")
                .query()
                .singleRow())
        .containsEntry("STATE", "PENDING")
        .containsEntry("OWNER", null)
        .containsEntry("ATTEMPTS", 1);
  }

  // --- a process of the indexer, as far as the queue goes ---

  Process start(Function<Process, Function<Job, CompletionStage<Void>>> work) {
    Process process = open(work);
    process.worker.start();
    return process;
  }

  Process open(Function<Process, Function<Job, CompletionStage<Void>>> work) {
    return new Process(properties(dataDir, "test", Duration.ofMinutes(1)), work);
  }

  /** A process of its own name and lease, started. */
  Process start(
      String instance,
      Duration lease,
      Function<Process, Function<Job, CompletionStage<Void>>> work) {
    Process process = new Process(properties(dataDir, instance, lease), work);
    process.worker.start();
    return process;
  }

  /**
   * The queue's settings for one "process" named {@code instance}; {@link PoisonJobPostgresIT}
   * points them at PostgreSQL.
   */
  QueueProperties properties(Path dataDir, String instance, Duration lease) {
    return new QueueProperties(
        dataDir,
        1,
        1,
        Duration.ofMillis(20),
        Duration.ofMillis(10),
        Duration.ofMillis(40),
        3,
        "",
        "",
        "",
        lease,
        instance);
  }

  static final class Process {

    final HikariDataSource dataSource;
    final JobQueue queue;
    final FileStatusStore statuses;
    final Quarantine quarantine;
    final QueueWorker worker;
    final BlockingQueue<Job> handedOut = new LinkedBlockingQueue<>();
    final ThreadPoolTaskExecutor workers;
    final ThreadPoolTaskExecutor dispatcher;
    final ThreadPoolTaskScheduler timers;

    Process(
        QueueProperties properties, Function<Process, Function<Job, CompletionStage<Void>>> work) {
      dataSource = (HikariDataSource) new QueueConfiguration().queueDataSource(properties);
      QueueDatabase db = QueueConfiguration.database(dataSource, properties, 0);
      Clock clock = Clock.systemUTC();
      queue = new JobQueue(db, clock, properties);
      statuses = new FileStatusStore(db, clock, JsonMapper.builder().build());
      quarantine = new Quarantine(queue, statuses, properties);
      Function<Job, CompletionStage<Void>> handle = work.apply(this);
      // No grace: a stop puts back at once what still runs.
      ExecutorProperties executors = new ExecutorProperties(true, 1, Duration.ZERO);
      workers =
          IndexerExecutors.jobWorkers(
              properties.effectiveWorkers(), properties.effectiveMaxInFlight(), executors);
      dispatcher = IndexerExecutors.queueDispatcher(executors);
      timers = IndexerExecutors.scheduler("test-timer-", 1, true);
      worker =
          new QueueWorker(
              queue,
              statuses,
              new JobHandler() {
                @Override
                public CompletionStage<Void> handle(Job job) {
                  return handle.apply(job);
                }

                @Override
                public void abandoned(Job job, Throwable lastFailure) {}
              },
              quarantine,
              properties,
              clock,
              workers,
              dispatcher,
              timers,
              executors);
    }

    /** The job's work never ends: the process dies under it. */
    Function<Job, CompletionStage<Void>> dyingUnder() {
      return job -> {
        handedOut.add(job);
        return new CompletableFuture<>();
      };
    }

    /** The file is read and indexed. */
    Function<Job, CompletionStage<Void>> indexing() {
      return job -> {
        handedOut.add(job);
        statuses.finish(
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

    Job nextHandedOut() throws InterruptedException {
      Job job = handedOut.poll(30, TimeUnit.SECONDS);
      assertThat(job).as("a job handed out").isNotNull();
      return job;
    }

    FileState state() {
      return statuses.find(FILE, ENTRY).orElseThrow().state();
    }

    /**
     * Gone without a word, as after {@code kill -9}: nothing after the start of the running job is
     * recorded (the database is gone before the worker's stop could put its jobs back).
     */
    void die() {
      dataSource.close();
      worker.stop();
      shutDownPools();
    }

    /** Stopped as the indexer stops: the running jobs go back to the queue. */
    void stop() {
      worker.stop();
      shutDownPools();
      dataSource.close();
    }

    private void shutDownPools() {
      workers.shutdown();
      dispatcher.shutdown();
      timers.shutdown();
    }
  }
}
