package vn.thidua.indexer.queue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/**
 * Poison jobs. A job whose starts have not ended well {@link QueueProperties#maxAttempts()} times
 * (it failed for an unknown reason, or the process died under it: an out-of-memory, a crash) leaves
 * the queue, and its file is {@code failed} with a reason the unit can act on. Counting the starts
 * of the file as well as of the job means no new job for the same file starts the count again. An
 * admin can queue a failed file again ({@link #retry}), its count reset.
 */
@Service
public class Quarantine {

  private static final Logger log = LoggerFactory.getLogger(Quarantine.class);

  private final JobQueue queue;
  private final FileStatusStore statuses;
  private final QueueProperties properties;

  Quarantine(JobQueue queue, FileStatusStore statuses, QueueProperties properties) {
    this.queue = queue;
    this.statuses = statuses;
    this.properties = properties;
  }

  /** Whether the job, or the file it reads, has been started as often as allowed. */
  boolean exhausted(Job job) {
    return attemptsOf(job) >= properties.maxAttempts();
  }

  /** Takes the job out of the queue for good; its file becomes {@code failed} with the reason. */
  void isolate(Job job) {
    int attempts = attemptsOf(job);
    if (job.kind() == JobKind.INDEX_FILE && job.fileId() != null) {
      statuses.quarantine(job.fileId(), job.entryDocumentId(), reason(attempts));
    }
    log.error(
        "Quarantined job {}: {} starts did not end well (failures, or the process died under it)",
        job,
        attempts);
    queue.complete(job.id());
  }

  /**
   * Queues a {@code failed} (or {@code refused}) file again, for every entry it is attached to,
   * with its attempts reset.
   *
   * @return how many of the file's records were queued; 0 when none was failed or refused
   */
  public int retry(String fileId) {
    int queued = 0;
    for (FileStatus status : statuses.findByFile(fileId)) {
      if (statuses.requeueForRetry(
          fileId, status.entryDocumentId(), Reason.of(ReasonCode.RETRY_REQUESTED))) {
        queue.enqueue(JobKind.INDEX_FILE, status.model(), status.entryDocumentId(), fileId);
        queued++;
      }
    }
    if (queued > 0) {
      log.info("File {} queued again by an admin ({} entries)", fileId, queued);
    }
    return queued;
  }

  /** What the unit reads: what happened, what it can do, and that an admin can retry. */
  static Reason reason(int attempts) {
    return Reason.of(ReasonCode.QUARANTINED, "attempts", attempts);
  }

  private int attemptsOf(Job job) {
    int fileAttempts =
        job.kind() == JobKind.INDEX_FILE && job.fileId() != null
            ? statuses.attempts(job.fileId(), job.entryDocumentId())
            : 0;
    return Math.max(job.attempts(), fileAttempts);
  }
}
