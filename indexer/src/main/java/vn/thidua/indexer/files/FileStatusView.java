package vn.thidua.indexer.files;

import java.time.Instant;

/** A file's status as the portal shows it. */
record FileStatusView(
    String fileId,
    String fileName,
    String entryDocumentId,
    String status,
    String reason,
    int pages,
    long characters,
    Instant updatedAt) {}
