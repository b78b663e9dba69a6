package vn.thidua.indexer.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One hit: a file (at its best page) or an entry's own text.
 *
 * @param model the entry's Strapi model ({@code report}, {@code initiative}, {@code story}, {@code
 *     campaign}); with {@code entryDocumentId} and {@code slug}, what a client builds its link from
 * @param slug the entry's slug, null for reports and entries without one
 */
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
    @Nullable String model,
    String entryDocumentId,
    @Nullable String slug,
    @Nullable String fileId,
    @Nullable String fileName,
    @Nullable Integer page,
    List<String> highlights,
    double score) {}
