package vn.thidua.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with the facet counts of the whole result.
 *
 * @param total files and entries found
 * @param facets for kind, year, unitKind and field: value to number of files and entries
 */
public record SearchResult(
    long total, int page, int size, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {}
