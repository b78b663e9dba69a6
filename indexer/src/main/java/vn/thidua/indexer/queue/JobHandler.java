package vn.thidua.indexer.queue;

import java.util.concurrent.CompletionStage;

/** Does the work of jobs; implemented by the pipeline. */
public interface JobHandler {

  /**
   * Runs a job on a worker thread. The returned stage may complete later (when Elasticsearch has
   * acknowledged the documents); the job stays in the queue until then. Failing with {@link
   * RetryLaterException} reschedules it without limit; any other failure reschedules it up to
   * {@link QueueProperties#maxAttempts()} times and then calls {@link #abandoned}. A job the
   * process died under that many times is not handed out again: the {@link Quarantine} takes it
   * out.
   */
  CompletionStage<Void> handle(Job job);

  /** A job failed too often for an unknown reason and leaves the queue. */
  void abandoned(Job job, Throwable lastFailure);
}
