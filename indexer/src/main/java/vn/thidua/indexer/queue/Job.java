package vn.thidua.indexer.queue;

import org.jspecify.annotations.Nullable;

/**
 * One unit of work.
 *
 * @param id database id
 * @param kind what to do
 * @param model the Strapi model (report, initiative, story, campaign)
 * @param entryDocumentId the entry concerned
 * @param fileId the file concerned, for {@link JobKind#INDEX_FILE}
 * @param attempts how many times it was started and did not end well (failed for an unknown reason,
 *     or the process died under it); while it runs, this start included
 * @param retries how many times it failed for a reason that passes (Elasticsearch or Strapi down);
 *     these do not count as attempts, they only lengthen the pause before the next run
 */
public record Job(
    long id,
    JobKind kind,
    String model,
    String entryDocumentId,
    @Nullable String fileId,
    int attempts,
    int retries) {

  /** The job as it runs: this start counted. */
  Job started() {
    return new Job(id, kind, model, entryDocumentId, fileId, attempts + 1, retries);
  }
}
