package vn.thidua.portal.indexer;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file the indexer knows and how far its extraction got.
 *
 * @param status queued, extracting, ocr, indexed, partial, refused, failed
 * @param reason the indexer's own Vietnamese sentence: shown only when {@code reasonCode} is
 *     missing (a status recorded before codes) or unknown to this portal ({@link FileReasons})
 * @param model the model of the entry the file belongs to ({@code report}, {@code initiative}…)
 * @param reasonCode why the file stands where it does ({@code too_large}, {@code encrypted}…),
 *     translated through the bundles by {@link FileReasons}
 * @param reasonParams the code's parameters by name ({@code limitMb: 200})
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
    @Nullable Long characters,
    @Nullable String model,
    @Nullable String reasonCode,
    @Nullable Map<String, Object> reasonParams) {

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
