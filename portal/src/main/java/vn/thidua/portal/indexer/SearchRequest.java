package vn.thidua.portal.indexer;

import org.jspecify.annotations.Nullable;

/**
 * A search, as {@code GET /api/search} takes it. Filters left null are not applied.
 *
 * @param kind report, initiative, story, plan
 * @param unit a unit's documentId
 * @param page the page of results, from 0
 */
public record SearchRequest(
    String q,
    @Nullable String kind,
    @Nullable Integer year,
    @Nullable String unitKind,
    @Nullable String field,
    @Nullable String unit,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 10;

  public static SearchRequest of(String q) {
    return new SearchRequest(q, null, null, null, null, null, 0, DEFAULT_SIZE);
  }

  public SearchRequest withKind(@Nullable String kind) {
    return new SearchRequest(q, kind, year, unitKind, field, unit, 0, size);
  }

  public SearchRequest withYear(@Nullable Integer year) {
    return new SearchRequest(q, kind, year, unitKind, field, unit, 0, size);
  }

  public SearchRequest withUnitKind(@Nullable String unitKind) {
    return new SearchRequest(q, kind, year, unitKind, field, unit, 0, size);
  }

  public SearchRequest withField(@Nullable String field) {
    return new SearchRequest(q, kind, year, unitKind, field, unit, 0, size);
  }

  public SearchRequest withUnit(@Nullable String unit) {
    return new SearchRequest(q, kind, year, unitKind, field, unit, 0, size);
  }

  public SearchRequest withPage(int page, int size) {
    return new SearchRequest(q, kind, year, unitKind, field, unit, page, size);
  }
}
