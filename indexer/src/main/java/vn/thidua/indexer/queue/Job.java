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
 * @param attempts how many times it ran before and failed
 */
public record Job(
    long id,
    JobKind kind,
    String model,
    String entryDocumentId,
    @Nullable String fileId,
    int attempts) {}
