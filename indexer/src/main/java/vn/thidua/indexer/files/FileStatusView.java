package vn.thidua.indexer.files;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file's status as the portal shows it.
 *
 * @param model the model of the entry the file belongs to ({@code report}, {@code initiative}…)
 * @param entrySlug that entry's slug, null when it has none (reports)
 * @param reason the Vietnamese sentence of old clients; kept one release, readers use the code
 * @param reasonCode why the file stands where it does ({@code too_large}, {@code encrypted}…); null
 *     for a status recorded before codes (then {@code reason} is all there is)
 * @param reasonParams the code's parameters by name ({@code {"limitMb": 200}})
 */
record FileStatusView(
    String fileId,
    String fileName,
    String entryDocumentId,
    String model,
    @Nullable String entrySlug,
    String status,
    String reason,
    @Nullable String reasonCode,
    Map<String, Object> reasonParams,
    int pages,
    long characters,
    Instant updatedAt) {}
