package vn.thidua.indexer.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One hit: a file (at its best page) or an entry's own text. */
public record SearchHit(
    String id,
    String kind,
    String title,
    @Nullable String unitName,
    @Nullable String unitDocumentId,
    @Nullable String unitKind,
    @Nullable Integer year,
    @Nullable String stage,
    @Nullable String field,
    String entryDocumentId,
    @Nullable String entryUrl,
    @Nullable String fileId,
    @Nullable String fileName,
    @Nullable Integer page,
    List<String> highlights,
    double score) {}
