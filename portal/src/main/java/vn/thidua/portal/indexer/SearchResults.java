package vn.thidua.portal.indexer;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results.
 *
 * @param facets per facet (kind, year, unitKind, field), the count of hits per value
 */
public record SearchResults(
    List<Hit> hits, Map<String, Map<String, Long>> facets, long total, int page, int size) {

  public SearchResults {
    hits = hits == null ? List.of() : List.copyOf(hits);
    facets = facets == null ? Map.of() : Map.copyOf(facets);
  }

  /**
   * One hit: an entry, or a page of one of its files.
   *
   * @param highlights passages with the matched words marked by {@code <mark>}; a view escapes
   *     everything else
   * @param page the page of the file that holds the passage, when known
   * @param model the entry's Strapi model ({@code report}, {@code initiative}, {@code story},
   *     {@code campaign}): with the documentId and the slug, what the portal builds its link from
   * @param slug the entry's slug; null for reports and entries without one
   */
  public record Hit(
      String kind,
      String title,
      @Nullable String unitName,
      @Nullable String unitDocumentId,
      @Nullable String unitKind,
      @Nullable Integer year,
      @Nullable String stage,
      @Nullable String field,
      @Nullable String entryDocumentId,
      @Nullable String fileId,
      @Nullable String fileName,
      @Nullable Integer page,
      List<String> highlights,
      double score,
      @Nullable String model,
      @Nullable String slug) {

    public Hit {
      highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }
  }
}
