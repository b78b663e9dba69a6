package vn.thidua.indexer.search;

import org.jspecify.annotations.Nullable;

/**
 * A search as the portal asks it.
 *
 * @param q the words typed, with or without diacritics; blank lists everything visible
 * @param kind report, initiative, story or plan
 * @param year a year
 * @param unitKind a kind of unit
 * @param field a field of initiatives
 * @param criterion the code of a criterion: initiatives that answer it
 * @param unit a unit's documentId
 * @param page page from 0
 * @param size hits per page, 1 to 100
 */
public record SearchQuery(
    @Nullable String q,
    @Nullable String kind,
    @Nullable Integer year,
    @Nullable String unitKind,
    @Nullable String field,
    @Nullable String criterion,
    @Nullable String unit,
    int page,
    int size) {

  public SearchQuery {
    page = Math.max(0, Math.min(page, 1_000));
    size = Math.max(1, Math.min(size, 100));
  }

  /** A query for the words alone, first page of ten. */
  public static SearchQuery of(String q) {
    return new SearchQuery(q, null, null, null, null, null, null, 0, 10);
  }
}
