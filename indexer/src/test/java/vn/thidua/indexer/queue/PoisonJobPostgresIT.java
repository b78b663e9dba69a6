package vn.thidua.indexer.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.Await;
import vn.thidua.indexer.ItEnvironment;
import vn.thidua.indexer.access.Visibility;

/**
 * The queue on the stack's PostgreSQL ({@code mvn -pl indexer -Pcluster verify}): the attempt
 * counting and quarantine of {@link PoisonJobTest}, the same tests, and what only a shared database
 * has: two indexers claiming from one queue, and the job of one that died claimed again by the
 * other once its lease has expired.
 */
class PoisonJobPostgresIT extends PoisonJobTest {

  private final ItEnvironment.Database database = ItEnvironment.indexerDatabase();
  private final List<Process> others = new ArrayList<>();

  @BeforeEach
  void emptyDatabase() throws SQLException {
    // The stack's database is shared by the cluster ITs: each test starts from no tables.
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.username(), database.password());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS job, file_status, entry, report_facts");
    }
  }

  @AfterEach
  void stopOthers() {
    others.forEach(Process::die);
  }

  @Override
  QueueProperties properties(Path dataDir, String instance, Duration lease) {
    return new QueueProperties(
        dataDir,
        1,
        1,
        Duration.ofMillis(20),
        Duration.ofMillis(10),
        Duration.ofMillis(40),
        3,
        database.url(),
        database.username(),
        database.password(),
        lease,
        instance);
  }

  @Test
  void the_job_of_an_indexer_that_died_is_claimed_by_another_after_its_lease_one_attempt_more()
      throws Exception {
    Process dead = track(start("indexer-a", Duration.ofSeconds(2), Process::dyingUnder));
    dead.statuses.markQueued(
        "901",
        "rptlease0000000000000001",
        "report",
        "a.pdf",
        "/uploads/a.pdf",
        "h1",
        1_000,
        Visibility.PUBLIC,
        null);
    dead.queue.enqueue(JobKind.INDEX_FILE, "report", "rptlease0000000000000001", "901");
    assertThat(dead.nextHandedOut().attempts()).isOne();
    dead.die();

    Process survivor = track(start("indexer-b", Duration.ofSeconds(2), Process::indexing));
    Job again = survivor.nextHandedOut();
    assertThat(again.fileId()).isEqualTo("901");
    assertThat(again.attempts()).as("the dead indexer's start counted").isEqualTo(2);
    Await.until(
        Duration.ofSeconds(30),
        () ->
            survivor.statuses.find("901", "rptlease0000000000000001").orElseThrow().state()
                    == FileState.INDEXED
                && survivor.queue.depth() == 0,
        "the file to be indexed by the other indexer");
  }

  @Test
  void two_indexers_share_the_queue_each_job_runs_once_and_never_beside_a_job_of_its_entry()
      throws Exception {
    Map<String, int[]> runningByEntry = new HashMap<>();
    List<String> violations = Collections.synchronizedList(new ArrayList<>());
    Process a =
        track(start("indexer-a", Duration.ofSeconds(30), p -> work(p, runningByEntry, violations)));
    Process b =
        track(start("indexer-b", Duration.ofSeconds(30), p -> work(p, runningByEntry, violations)));
    int entries = 30;
    for (int e = 0; e < entries; e++) {
      String entry = "rptshared%015d".formatted(e);
      a.queue.enqueue(JobKind.SYNC_ENTRY, "report", entry, null);
      for (int f = 0; f < 3; f++) {
        b.queue.enqueue(JobKind.INDEX_FILE, "report", entry, e + "-" + f);
      }
    }

    Await.until(
        Duration.ofSeconds(120),
        () -> a.queue.depth() == 0,
        "every job of the shared queue to be done");
    List<Long> ids = new ArrayList<>();
    a.handedOut.forEach(job -> ids.add(job.id()));
    b.handedOut.forEach(job -> ids.add(job.id()));
    assertThat(ids).as("every job handed out once, by one of the two").hasSize(entries * 4);
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(a.handedOut).as("indexer a took its share").isNotEmpty();
    assertThat(b.handedOut).as("indexer b took its share").isNotEmpty();
    assertThat(violations).as("a whole-entry job beside another job of its entry").isEmpty();
  }

  private Process track(Process process) {
    others.add(process);
    return process;
  }

  /** Work that takes a little time and notes any two jobs of one entry that ran together. */
  private static java.util.function.Function<Job, java.util.concurrent.CompletionStage<Void>> work(
      Process process, Map<String, int[]> runningByEntry, List<String> violations) {
    return job -> {
      process.handedOut.add(job);
      synchronized (runningByEntry) {
        int[] counts = runningByEntry.computeIfAbsent(job.entryDocumentId(), k -> new int[2]);
        boolean whole = job.kind() == JobKind.SYNC_ENTRY;
        if (whole ? counts[1] > 0 : counts[0] > 0) {
          violations.add(job + " started beside another job of its entry");
        }
        if (whole) {
          counts[0]++;
        }
        counts[1]++;
      }
      return CompletableFuture.runAsync(
          () -> {
            synchronized (runningByEntry) {
              int[] counts = runningByEntry.get(job.entryDocumentId());
              if (job.kind() == JobKind.SYNC_ENTRY) {
                counts[0]--;
              }
              counts[1]--;
            }
          },
          CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS));
    };
  }
}
