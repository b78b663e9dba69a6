package vn.thidua.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.elasticsearch.core.search.TotalHits;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.access.Role;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.folding.VietnameseText;
import vn.thidua.indexer.indexing.ElasticsearchProperties;
import vn.thidua.indexer.indexing.EvidenceIndex;

/**
 * Builds and runs the search. Words are matched in the folded copy of every text field, so they are
 * found with or without diacritics; matches in the original text (exact diacritics) add to the
 * score, and phrases re-rank the best hundred files. Highlights come from the original text: the
 * folded copy has the same offsets, and {@code matched_fields} lets the highlighter mark the
 * original at the offsets found in the folded field (<a
 * href="https://www.elastic.co/docs/reference/elasticsearch/rest-apis/highlighting#matched-fields">matched
 * fields</a>).
 *
 * <p>Totals and facets count files and entries through their head document ({@link
 * EvidenceIndex#FILE_HEAD}): plain {@code terms} and an exact {@code track_total_hits}, where a
 * {@code cardinality} of group keys in every facet bucket cost several times the matching of the
 * words and was approximate beyond 3,000 files (10,024 counted for the benchmark's 10,000).
 */
@Service
public class SearchService {

  static final List<String> FACETS = List.of("kind", "year", "unitKind", "field");
  private static final String MINIMUM_MATCH = "3<75%";

  /**
   * Pages re-ranked by the phrases. Fixed, not from + size, so that every page of results is cut
   * from the same order.
   */
  static final int RESCORE_WINDOW = 100;

  /**
   * Ranked pages read per file wanted: enough when the files of a page match on a page or two each
   * near the top; four times more are read, again and again, while they do not suffice. Reading is
   * not free: each page read is a hit that Elasticsearch fetches and highlights. The phrases
   * re-rank the first {@value #RESCORE_WINDOW} pages however many are read, so every read has the
   * same order.
   */
  static final int PAGES_PER_FILE = 2;

  /** Elasticsearch's {@code index.max_result_window}: no search reads beyond it. */
  static final int MAX_WINDOW = 10_000;

  private final ElasticsearchClient client;
  private final ElasticsearchProperties properties;
  private final SearchCache cache;

  SearchService(ElasticsearchClient client, ElasticsearchProperties properties, SearchCache cache) {
    this.client = client;
    this.properties = properties;
    this.cache = cache;
  }

  /**
   * Runs the search for the caller, or gives its result kept since the last change of the index
   * ({@link SearchCache}); only documents the caller may see are counted or shown.
   */
  public SearchResult search(SearchQuery query, Caller caller) {
    return cache.get(query, caller, () -> searchNow(query, caller));
  }

  /**
   * Runs the search in Elasticsearch.
   *
   * <p>Without words, one search over the heads gives the page, the total and the facets. With
   * words, two searches in one {@code _msearch}: the pages that match, ranked ({@link
   * #pagesSearch}, with their fields and highlights), and the counts over the heads, a head
   * matching when any page of its file does. The ranked pages are grouped here, the best page of
   * each file first. When they hold too few files for the asked page, more are ranked (ids and
   * files only), and the chosen pages not yet shown are fetched ({@link #showPages}).
   *
   * <p>Elasticsearch's {@code collapse} would group the pages in one search, but it must collect
   * every matching page and cannot skip the low-scoring ones, which doubled the cost of the words:
   * 17 ms against 9 ms on average over the queries of the corpus, on the benchmark's 100,000 pages.
   * Paging reaches the files among the {@value #MAX_WINDOW} best pages, as far as Elasticsearch
   * pages any search.
   *
   * <p>Both first searches ask for Elasticsearch's shard request cache, which keeps a search's
   * query-phase result until the next refresh, so the same words again, or the next page's counts,
   * cost only the fetching (<a
   * href="https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/shard-request-cache-settings">shard
   * request cache</a>).
   */
  private SearchResult searchNow(SearchQuery query, Caller caller) {
    String normalized = query.q() == null ? "" : VietnameseText.normalize(query.q()).strip();
    String folded = VietnameseText.fold(normalized);
    List<Query> filters = filters(query, caller);
    try {
      if (folded.isBlank()) {
        return list(query, filters);
      }
      int wanted = (query.page() + 1) * query.size();
      int read = Math.min(MAX_WINDOW, wanted * PAGES_PER_FILE);
      SearchRequestBody pages = pagesSearch(filters, normalized, folded, read, true);
      SearchRequestBody counts = countSearch(filters, folded);
      List<MultiSearchItem<HitSource>> results = cachedSearches(pages, counts);
      MultiSearchItem<HitSource> countsResult = results.get(1);
      List<Hit<HitSource>> ranked = results.get(0).hits().hits();
      Map<String, Hit<HitSource>> shown = new HashMap<>();
      ranked.forEach(page -> shown.put(page.id(), page));
      List<RankedFile> files = bestPageOfEachFile(ranked);
      while (files.size() < wanted && ranked.size() == read && read < MAX_WINDOW) {
        read = Math.min(MAX_WINDOW, read * 4);
        ranked =
            cachedSearches(pagesSearch(filters, normalized, folded, read, false))
                .getFirst()
                .hits()
                .hits();
        files = bestPageOfEachFile(ranked);
      }
      List<RankedFile> chosen =
          files.subList(
              Math.min(query.page() * query.size(), files.size()), Math.min(wanted, files.size()));
      List<String> missing =
          chosen.stream().map(RankedFile::pageId).filter(id -> !shown.containsKey(id)).toList();
      shown.putAll(showPages(missing, folded));
      List<SearchHit> hits = new ArrayList<>();
      for (RankedFile file : chosen) {
        Hit<HitSource> page = shown.get(file.pageId());
        if (page != null) {
          hits.add(toHit(page, file.score()));
        }
      }
      return new SearchResult(
          total(countsResult.hits().total()),
          query.page(),
          query.size(),
          hits,
          facets(countsResult.aggregations()));
    } catch (IOException | ElasticsearchException e) {
      throw new SearchUnavailableException(e);
    }
  }

  /**
   * The searches in one {@code _msearch}, each asking for the shard request cache; a failed one
   * fails the whole.
   */
  private List<MultiSearchItem<HitSource>> cachedSearches(SearchRequestBody... bodies)
      throws IOException {
    MsearchResponse<HitSource> response =
        client.msearch(
            m -> {
              m.index(properties.indexAlias());
              for (SearchRequestBody body : bodies) {
                m.searches(s -> s.header(h -> h.requestCache(true)).body(body));
              }
              return m;
            },
            HitSource.class);
    return response.responses().stream().map(SearchService::result).toList();
  }

  /** A file's best page among the ranked pages: its id and its score. */
  record RankedFile(String pageId, double score) {}

  /** The ranked pages grouped by file, in the order of each file's best page. */
  static List<RankedFile> bestPageOfEachFile(List<Hit<HitSource>> ranked) {
    Map<String, RankedFile> files = new LinkedHashMap<>();
    for (Hit<HitSource> page : ranked) {
      JsonData group = page.fields().get("groupKey");
      String key = group == null ? page.id() : group.toJson().asJsonArray().getString(0);
      files.putIfAbsent(key, new RankedFile(page.id(), page.score() == null ? 0 : page.score()));
    }
    return List.copyOf(files.values());
  }

  /** Pages by id with their fields and highlights, for pages the first search did not show. */
  private Map<String, Hit<HitSource>> showPages(List<String> ids, String folded)
      throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    SearchResponse<HitSource> response =
        client.search(
            s ->
                s.index(properties.indexAlias())
                    .query(q -> q.ids(i -> i.values(ids)))
                    .size(ids.size())
                    .source(hitSource())
                    .highlight(highlight(folded)),
            HitSource.class);
    Map<String, Hit<HitSource>> byId = new HashMap<>();
    response.hits().hits().forEach(h -> byId.put(h.id(), h));
    return byId;
  }

  /** No words: the heads, newest year first, with the total and the facets in the same search. */
  private SearchResult list(SearchQuery query, List<Query> filters) throws IOException {
    SearchResponse<HitSource> response =
        client.search(
            s -> {
              s.index(properties.indexAlias())
                  .requestCache(true)
                  .query(q -> q.bool(b -> b.filter(filters).filter(head())))
                  .from(query.page() * query.size())
                  .size(query.size())
                  .trackTotalHits(t -> t.enabled(true))
                  .sort(o -> o.field(f -> f.field("year").order(SortOrder.Desc)))
                  .source(hitSource());
              FACETS.forEach(facet -> s.aggregations(facet, facetAggregation(facet)));
              return s;
            },
            HitSource.class);
    return new SearchResult(
        total(response.hits().total()),
        query.page(),
        query.size(),
        response.hits().hits().stream().map(h -> toHit(h, h.score())).toList(),
        facets(response.aggregations()));
  }

  /**
   * The pages matching the words, best first, phrases re-ranking the first {@value
   * #RESCORE_WINDOW}, each with its file ({@code groupKey}, from doc values); with {@code show},
   * their fields and highlights too.
   */
  private static SearchRequestBody pagesSearch(
      List<Query> filters, String normalized, String folded, int count, boolean show) {
    return SearchRequestBody.of(
        b -> {
          b.query(q -> q.bool(root -> root(root, filters, normalized, folded)))
              .size(count)
              .trackTotalHits(t -> t.enabled(false))
              .rescore(r -> r.windowSize(RESCORE_WINDOW).query(rq -> rq.query(phrases(folded))))
              .docvalueFields(f -> f.field("groupKey"));
          return show
              ? b.source(hitSource()).highlight(highlight(folded))
              : b.source(src -> src.fetch(false));
        });
  }

  private static BoolQuery.Builder root(
      BoolQuery.Builder root, List<Query> filters, String normalized, String folded) {
    return exact(root.filter(filters).must(words(folded)), normalized, folded);
  }

  private static Highlight highlight(String folded) {
    return Highlight.of(
        h ->
            h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>")
                .postTags("</mark>")
                .fields(NamedValue.of("text", textHighlight(folded))));
  }

  /**
   * The counts: heads whose file matches the words, that is a page of it (the nested copy of the
   * pages on the head) or its title, unit or file name, as {@link #words} matches a page.
   */
  private static SearchRequestBody countSearch(List<Query> filters, String folded) {
    Query fileMatches =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.should(
                                n ->
                                    n.nested(
                                        nested ->
                                            nested
                                                .path(EvidenceIndex.PAGES)
                                                .scoreMode(ChildScoreMode.None)
                                                .query(
                                                    match(
                                                        EvidenceIndex.PAGES + ".text_folded",
                                                        folded,
                                                        1))))
                            .should(fileLevelMatches(folded))
                            .minimumShouldMatch("1")));
    return SearchRequestBody.of(
        b -> {
          b.query(q -> q.bool(root -> root.filter(filters).filter(head()).filter(fileMatches)))
              .size(0)
              .trackTotalHits(t -> t.enabled(true));
          FACETS.forEach(facet -> b.aggregations(facet, facetAggregation(facet)));
          return b;
        });
  }

  private static MultiSearchItem<HitSource> result(MultiSearchResponseItem<HitSource> item) {
    if (item.isFailure()) {
      throw new SearchUnavailableException(
          new IllegalStateException(item.failure().error().reason()));
    }
    return item.result();
  }

  /** The filters of the caller and the query. */
  static List<Query> filters(SearchQuery query, Caller caller) {
    List<Query> filters = new ArrayList<>();
    filters.add(visibilityFilter(caller));
    addTerm(filters, "kind", query.kind());
    addTerm(filters, "unitKind", query.unitKind());
    addTerm(filters, "field", query.field());
    addTerm(filters, "criteria", query.criterion());
    addTerm(filters, "unitDocumentId", query.unit());
    if (query.year() != null) {
      int year = query.year();
      filters.add(Query.of(f -> f.term(t -> t.field("year").value(year))));
    }
    return filters;
  }

  /** What a page must match: the words, without diacritics, in its text or its file's fields. */
  static Query words(String folded) {
    return Query.of(
        m ->
            m.bool(
                b ->
                    b.should(match("text_folded", folded, 1))
                        .should(fileLevelMatches(folded))
                        .minimumShouldMatch("1")));
  }

  /** The fields every page of a file shares: the entry's title and unit, the file name. */
  private static Query fileLevelMatches(String folded) {
    return Query.of(
        m ->
            m.bool(
                b ->
                    b.should(match("title_folded", folded, 1.5f))
                        .should(match("unitName_folded", folded, 2))
                        .should(match("fileName.text", folded, 1))));
  }

  /**
   * Exact diacritics: the words as typed matched in the original text, a term query, not a phrase,
   * so that "mặn" ranks before "màn" at the cost of one more clause. Only when the words carry
   * diacritics: typed without any, every spelling is as good as another, and the clause would only
   * cost time (and favour text written without its diacritics).
   */
  private static BoolQuery.Builder exact(BoolQuery.Builder root, String normalized, String folded) {
    return folded.equals(normalized.toLowerCase(Locale.ROOT))
        ? root
        : root.should(match("text", normalized, 1));
  }

  /** The phrase boosts, computed only for the pages in the rescore window. */
  private static Query phrases(String folded) {
    return Query.of(
        q ->
            q.bool(
                b ->
                    b.should(phrase("text_folded", folded, 2, 2))
                        .should(phrase("unitName_folded", folded, 0, 3))
                        .should(phrase("title_folded", folded, 1, 2))));
  }

  private static Query head() {
    return Query.of(q -> q.term(t -> t.field(EvidenceIndex.FILE_HEAD).value(true)));
  }

  private static SourceConfig hitSource() {
    return SourceConfig.of(
        src ->
            src.filter(
                f ->
                    f.excludes(
                        "text",
                        "text_folded",
                        "title_folded",
                        "unitName_folded",
                        EvidenceIndex.PAGES)));
  }

  private static long total(@Nullable TotalHits total) {
    return total == null ? 0 : total.value();
  }

  private static Map<String, Map<String, Long>> facets(Map<String, Aggregate> aggregations) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (String facet : FACETS) {
      counts.put(facet, buckets(aggregations.get(facet)));
    }
    return counts;
  }

  /**
   * Marks the original text where the folded words matched. The folded field alone is enough: an
   * exact match is a folded match at the same offsets, and asking for the original field as well
   * doubled the highlighting time for the same marks.
   */
  private static HighlightField textHighlight(String folded) {
    return HighlightField.of(
        f ->
            f.type(HighlighterType.Unified)
                .matchedFields("text", "text_folded")
                .fragmentSize(160)
                .numberOfFragments(3)
                .noMatchSize(160)
                .highlightQuery(match("text_folded", folded, 1)));
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

  /** Heads per value: files and entries, not pages, since only heads are counted. */
  private static Aggregation facetAggregation(String field) {
    return Aggregation.of(a -> a.terms(t -> t.field(field).size(50)));
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
          .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
    } else if (aggregate.isLterms()) {
      aggregate
          .lterms()
          .buckets()
          .array()
          .forEach(b -> counts.put(String.valueOf(b.key()), b.docCount()));
    }
    return counts;
  }

  private static SearchHit toHit(Hit<HitSource> hit, @Nullable Double score) {
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
        s == null ? null : s.model(),
        s == null || s.entryDocumentId() == null ? "" : s.entryDocumentId(),
        s == null ? null : s.slug(),
        s == null ? null : s.fileId(),
        s == null ? null : s.fileName(),
        s == null ? null : s.page(),
        highlights,
        score == null ? 0 : score);
  }

  private static void addTerm(List<Query> filters, String field, @Nullable String value) {
    if (value != null && !value.isBlank()) {
      filters.add(term(field, value.strip()));
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
