package vn.thidua.indexer.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The durable queue. A job is a row; it is deleted when its work is done and rescheduled when the
 * work failed. Enqueuing the same pending job twice keeps one row.
 */
@Service
public class JobQueue {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Semaphore wakeUp = new Semaphore(0);

  JobQueue(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    jdbc.sql(
            """
            CREATE TABLE IF NOT EXISTS job (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              kind VARCHAR(16) NOT NULL,
              model VARCHAR(32) NOT NULL,
              entry_document_id VARCHAR(64) NOT NULL,
              file_id VARCHAR(64),
              state VARCHAR(16) NOT NULL,
              attempts INT DEFAULT 0 NOT NULL,
              not_before BIGINT NOT NULL,
              last_error VARCHAR(2000),
              created_at BIGINT NOT NULL)
            """)
        .update();
    // Added with attempt counting; a queue written by an older version gains it at start.
    jdbc.sql("ALTER TABLE job ADD COLUMN IF NOT EXISTS retries INT DEFAULT 0 NOT NULL").update();
    jdbc.sql("CREATE INDEX IF NOT EXISTS job_due ON job(state, not_before, id)").update();
    jdbc.sql("CREATE INDEX IF NOT EXISTS job_entry ON job(entry_document_id)").update();
  }

  /** Adds a job unless the same one is already waiting; wakes the worker. */
  public void enqueue(JobKind kind, String model, String entryDocumentId, @Nullable String fileId) {
    long now = clock.millis();
    jdbc.sql(
            """
            INSERT INTO job (kind, model, entry_document_id, file_id, state, not_before, created_at)
            SELECT :kind, :model, :entry, :file, 'PENDING', :now, :now FROM DUAL
            WHERE NOT EXISTS (SELECT 1 FROM job WHERE state = 'PENDING' AND kind = :kind
              AND model = :model AND entry_document_id = :entry
              AND (file_id = :file OR (file_id IS NULL AND :file IS NULL)))
            """)
        .param("kind", kind.name())
        .param("model", model)
        .param("entry", entryDocumentId)
        .param("file", fileId)
        .param("now", now)
        .update();
    wakeUp.release();
  }

  /** Whether a job for this file is waiting or running. */
  public boolean hasJobFor(String entryDocumentId, String fileId) {
    return jdbc.sql("SELECT COUNT(*) FROM job WHERE entry_document_id = :entry AND file_id = :file")
            .param("entry", entryDocumentId)
            .param("file", fileId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Jobs waiting or running. */
  public long depth() {
    return jdbc.sql("SELECT COUNT(*) FROM job").query(Long.class).single();
  }

  /** Jobs running now. */
  public long running() {
    return jdbc.sql("SELECT COUNT(*) FROM job WHERE state = 'RUNNING'").query(Long.class).single();
  }

  /** Jobs waiting for another attempt after a failure. */
  public long retrying() {
    return jdbc.sql("SELECT COUNT(*) FROM job WHERE state = 'PENDING' AND attempts > 0")
        .query(Long.class)
        .single();
  }

  /** Due jobs, oldest first. */
  List<Job> due(int limit) {
    return jdbc.sql(
            """
            SELECT id, kind, model, entry_document_id, file_id, attempts, retries FROM job
            WHERE state = 'PENDING' AND not_before <= :now ORDER BY id LIMIT :limit
            """)
        .param("now", clock.millis())
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Job(
                    rs.getLong(1),
                    JobKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getInt(7)))
        .list();
  }

  /**
   * Marks a job running and counts the start, in one committed statement before any work: if the
   * process dies under the job, the start stays counted, so a job that kills the process is
   * quarantined after a few restarts instead of killing every one. False if someone else took it.
   */
  boolean claim(long id) {
    return jdbc.sql(
                """
                UPDATE job SET state = 'RUNNING', attempts = attempts + 1
                WHERE id = :id AND state = 'PENDING'
                """)
            .param("id", id)
            .update()
        == 1;
  }

  void complete(long id) {
    jdbc.sql("DELETE FROM job WHERE id = :id").param("id", id).update();
  }

  void reschedule(long id, int attempts, int retries, Instant notBefore, String error) {
    jdbc.sql(
            """
            UPDATE job SET state = 'PENDING', attempts = :attempts, retries = :retries,
              not_before = :notBefore, last_error = :error WHERE id = :id
            """)
        .param("attempts", attempts)
        .param("retries", retries)
        .param("notBefore", notBefore.toEpochMilli())
        .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
        .param("id", id)
        .update();
  }

  /**
   * After a crash: what was running runs again. Its start was counted when it was claimed, so a job
   * the process died under has one attempt more.
   */
  int requeueRunning() {
    return jdbc.sql(
            """
            UPDATE job SET state = 'PENDING',
              last_error = 'The process stopped while the job was running.'
            WHERE state = 'RUNNING'
            """)
        .update();
  }

  /** Waits until a job is enqueued or the timeout passes. */
  void awaitWork(long timeoutMillis) throws InterruptedException {
    if (wakeUp.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
      wakeUp.drainPermits();
    }
  }

  void wakeUp() {
    wakeUp.release();
  }
}
