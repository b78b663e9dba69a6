package vn.thidua.indexer.queue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.reason.Reason;

/**
 * The durable record of one file of one entry.
 *
 * @param fileId Strapi's file id
 * @param entryDocumentId the entry it is attached to
 * @param model the entry's model
 * @param fileName its name
 * @param url where Strapi serves it
 * @param strapiHash Strapi's hash; a new one means the file was replaced
 * @param sizeBytes its size as Strapi reports it
 * @param contentHash SHA-256 of the content last indexed
 * @param state where it stands
 * @param reasonText why, in Vietnamese: the old API field, kept one release
 * @param reason why, as a code and parameters; null on a record written before codes
 * @param pages pages (or pieces) indexed
 * @param characters characters indexed
 * @param visibility who may see it
 * @param unitDocumentId the unit it belongs to
 * @param updatedAt when the record last changed
 */
public record FileStatus(
    String fileId,
    String entryDocumentId,
    String model,
    String fileName,
    String url,
    String strapiHash,
    long sizeBytes,
    @Nullable String contentHash,
    FileState state,
    String reasonText,
    @Nullable Reason reason,
    int pages,
    long characters,
    Visibility visibility,
    @Nullable String unitDocumentId,
    Instant updatedAt) {}
