package vn.thidua.indexer.search;

import org.jspecify.annotations.Nullable;

/** The stored fields a hit shows. */
record HitSource(
    @Nullable String kind,
    @Nullable String title,
    @Nullable String unitName,
    @Nullable String unitDocumentId,
    @Nullable String unitKind,
    @Nullable Integer year,
    @Nullable String stage,
    @Nullable String field,
    @Nullable String model,
    @Nullable String entryDocumentId,
    @Nullable String slug,
    @Nullable String fileId,
    @Nullable String fileName,
    @Nullable Integer page) {}
