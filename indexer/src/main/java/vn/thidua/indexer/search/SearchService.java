package vn.thidua.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.access.Role;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.folding.VietnameseText;
import vn.thidua.indexer.indexing.ElasticsearchProperties;

/**
 * Builds and runs the search. Words are matched in the folded copy of every text field, so they are
 * found with or without diacritics; matches in the original text (exact diacritics) and phrases add
 * to the score. Highlights come from the original text: the folded copy has the same offsets, and
 * {@code matched_fields} lets the highlighter mark the original at the offsets found in the folded
 * field (<a
 * href="https://www.elastic.co/docs/reference/elasticsearch/rest-apis/highlighting#matched-fields">matched
 * fields</a>).
 */
@Service
public class SearchService {

  static final List<String> FACETS = List.of("kind", "year", "unitKind", "field");
  private static final String MINIMUM_MATCH = "3<75%";

  private final ElasticsearchClient client;
  private final ElasticsearchProperties properties;

  SearchService(ElasticsearchClient client, ElasticsearchProperties properties) {
    this.client = client;
    this.properties = properties;
  }

  /**
   * Runs the search for the caller; only documents the caller may see are counted or shown. The
   * hits and the facets go in one {@code _msearch} as two searches: the facet search has no hits,
   * so Elasticsearch's shard request cache keeps it, and the next page or the same words again cost
   * only the hits (<a
   * href="https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/shard-request-cache-settings">shard
   * request cache</a>).
   */
  public SearchResult search(SearchQuery query, Caller caller) {
    String normalized = query.q() == null ? "" : VietnameseText.normalize(query.q()).strip();
    String folded = VietnameseText.fold(normalized);
    Query filtered = query(query, caller, normalized, folded);
    boolean words = !folded.isBlank();
    SearchRequestBody hits =
        SearchRequestBody.of(
            b -> {
              b.query(filtered)
                  .from(query.page() * query.size())
                  .size(query.size())
                  .trackTotalHits(t -> t.enabled(false))
                  .collapse(c -> c.field("groupKey"))
                  .source(
                      src ->
                          src.filter(
                              f ->
                                  f.excludes(
                                      "text", "text_folded", "title_folded", "unitName_folded")));
              if (words) {
                b.highlight(
                    h ->
                        h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>")
                            .postTags("</mark>")
                            .fields(NamedValue.of("text", textHighlight(folded, normalized))));
              } else {
                b.sort(o -> o.field(f -> f.field("year").order(SortOrder.Desc)));
              }
              return b;
            });
    SearchRequestBody facets =
        SearchRequestBody.of(
            b -> {
              b.query(filtered)
                  .size(0)
                  .trackTotalHits(t -> t.enabled(false))
                  .aggregations("groups", groupCount());
              for (String facet : FACETS) {
                b.aggregations(facet, facetAggregation(facet));
              }
              return b;
            });
    try {
      MsearchResponse<HitSource> response =
          client.msearch(
              m ->
                  m.index(properties.indexAlias())
                      .searches(s -> s.header(h -> h).body(hits))
                      .searches(s -> s.header(h -> h.requestCache(true)).body(facets)),
              HitSource.class);
      MultiSearchItem<HitSource> hitsResult = result(response.responses().get(0));
      MultiSearchItem<HitSource> facetsResult = result(response.responses().get(1));
      List<SearchHit> found = new ArrayList<>();
      for (Hit<HitSource> hit : hitsResult.hits().hits()) {
        found.add(toHit(hit));
      }
      Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
      for (String facet : FACETS) {
        counts.put(facet, buckets(facetsResult.aggregations().get(facet)));
      }
      long total = (long) facetsResult.aggregations().get("groups").cardinality().value();
      return new SearchResult(total, query.page(), query.size(), found, counts);
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException(e);
    }
  }

  private static MultiSearchItem<HitSource> result(MultiSearchResponseItem<HitSource> item) {
    if (item.isFailure()) {
      throw new SearchUnavailableException(
          new IllegalStateException(item.failure().error().reason()));
    }
    return item.result();
  }

  /** The filters of the caller and the query, and the words if any. */
  Query query(SearchQuery query, Caller caller, String normalized, String folded) {
    BoolQuery.Builder root = new BoolQuery.Builder();
    root.filter(visibilityFilter(caller));
    addTerm(root, "kind", query.kind());
    addTerm(root, "unitKind", query.unitKind());
    addTerm(root, "field", query.field());
    addTerm(root, "unitDocumentId", query.unit());
    if (query.year() != null) {
      int year = query.year();
      root.filter(f -> f.term(t -> t.field("year").value(year)));
    }
    if (!folded.isBlank()) {
      root.must(
          m ->
              m.bool(
                  b ->
                      b.should(match("text_folded", folded, 1))
                          .should(match("title_folded", folded, 1.5f))
                          .should(match("unitName_folded", folded, 2))
                          .should(match("fileName.text", folded, 1))
                          .minimumShouldMatch("1")));
      root.should(phrase("text", normalized, 0, 3))
          .should(phrase("text_folded", folded, 2, 2))
          .should(match("text", normalized, 1))
          .should(phrase("unitName_folded", folded, 0, 3))
          .should(phrase("title_folded", folded, 1, 2));
    }
    return Query.of(q -> q.bool(root.build()));
  }

  private static HighlightField textHighlight(String folded, String normalized) {
    return HighlightField.of(
        f ->
            f.type(HighlighterType.Unified)
                .matchedFields("text", "text_folded")
                .fragmentSize(160)
                .numberOfFragments(3)
                .noMatchSize(160)
                .highlightQuery(
                    hq ->
                        hq.bool(
                            b ->
                                b.should(match("text_folded", folded, 1))
                                    .should(match("text", normalized, 1)))));
  }

  /** The visibility rule as a filter: see {@link Caller#maySee}. */
  static Query visibilityFilter(Caller caller) {
    if (caller.role().isStaff()) {
      return Query.of(q -> q.matchAll(m -> m));
    }
    Query publicOnly = term("visibility", Visibility.PUBLIC.value());
    if (caller.role() != Role.UNIT || caller.unitDocumentId() == null) {
      return publicOnly;
    }
    String unit = caller.unitDocumentId();
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.should(publicOnly)
                        .should(
                            own ->
                                own.bool(
                                    ob ->
                                        ob.filter(term("visibility", Visibility.RESTRICTED.value()))
                                            .filter(term("unitDocumentId", unit))))
                        .minimumShouldMatch("1")));
  }

  private static Aggregation facetAggregation(String field) {
    return Aggregation.of(
        a -> a.terms(t -> t.field(field).size(50)).aggregations("groups", groupCount()));
  }

  /** Files and entries, not pages: the number of distinct group keys. */
  private static Aggregation groupCount() {
    return Aggregation.of(a -> a.cardinality(c -> c.field("groupKey").precisionThreshold(3000)));
  }

  private static Map<String, Long> buckets(@Nullable Aggregate aggregate) {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (aggregate == null) {
      return counts;
    }
    if (aggregate.isSterms()) {
      aggregate
          .sterms()
          .buckets()
          .array()
          .forEach(
              b ->
                  counts.put(
                      b.key().stringValue(),
                      (long) b.aggregations().get("groups").cardinality().value()));
    } else if (aggregate.isLterms()) {
      aggregate
          .lterms()
          .buckets()
          .array()
          .forEach(
              b ->
                  counts.put(
                      String.valueOf(b.key()),
                      (long) b.aggregations().get("groups").cardinality().value()));
    }
    return counts;
  }

  private static SearchHit toHit(Hit<HitSource> hit) {
    HitSource s = hit.source();
    List<String> highlights = hit.highlight().getOrDefault("text", List.of());
    return new SearchHit(
        hit.id(),
        s == null || s.kind() == null ? "" : s.kind(),
        s == null || s.title() == null ? "" : s.title(),
        s == null ? null : s.unitName(),
        s == null ? null : s.unitDocumentId(),
        s == null ? null : s.unitKind(),
        s == null ? null : s.year(),
        s == null ? null : s.stage(),
        s == null ? null : s.field(),
        s == null || s.entryDocumentId() == null ? "" : s.entryDocumentId(),
        s == null ? null : s.entryUrl(),
        s == null ? null : s.fileId(),
        s == null ? null : s.fileName(),
        s == null ? null : s.page(),
        highlights,
        hit.score() == null ? 0 : hit.score());
  }

  private static void addTerm(BoolQuery.Builder root, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      root.filter(term(field, value.strip()));
    }
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static Query match(String field, String text, float boost) {
    return Query.of(
        q ->
            q.match(
                m ->
                    m.field(field)
                        .query(text)
                        .operator(Operator.Or)
                        .minimumShouldMatch(MINIMUM_MATCH)
                        .boost(boost)));
  }

  private static Query phrase(String field, String text, int slop, float boost) {
    return Query.of(q -> q.matchPhrase(p -> p.field(field).query(text).slop(slop).boost(boost)));
  }
}
