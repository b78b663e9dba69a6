package vn.thidua.portal.indexer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file the indexer knows and how far its extraction got.
 *
 * @param status queued, extracting, ocr, indexed, partial, refused, failed
 * @param reason why it was refused or is partial, in words a person understands
 */
public record IndexedFile(
    String fileId,
    @Nullable String entryDocumentId,
    @Nullable String fileName,
    @Nullable String mime,
    @Nullable Long size,
    String status,
    @Nullable String reason,
    @Nullable Integer pages,
    @Nullable Instant updatedAt,
    @Nullable Long characters) {

  /** True when the indexer gave up on the file, which an admin may have read again. */
  public boolean isRetryable() {
    return status.equals("failed") || status.equals("refused");
  }

  /** True while the indexer is still working on the file (the view keeps asking). */
  public boolean isPending() {
    return switch (status) {
      case "queued", "extracting", "ocr" -> true;
      default -> false;
    };
  }
}
