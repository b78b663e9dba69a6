package vn.thidua.indexer.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * Finds, for each of several texts, the page of one file that supports it best: one search per text
 * over the file's pages in one {@code _msearch}, on the folded text (so a criterion written with
 * diacritics finds a page without them), with the passage marked in the original text.
 */
@Service
public class PassageSearch {

  /**
   * A third of a criterion's words (its description is long) must be on the page: a page that
   * shares only "phong trào thi đua" with it is no evidence. See <a
   * href="https://www.elastic.co/docs/reference/query-languages/query-dsl/query-dsl-minimum-should-match">minimum_should_match</a>.
   */
  private static final String MINIMUM_MATCH = "2<30%";

  private final ElasticsearchClient client;
  private final ElasticsearchProperties properties;

  PassageSearch(ElasticsearchClient client, ElasticsearchProperties properties) {
    this.client = client;
    this.properties = properties;
  }

  /** The best page of the file for one text, with Elasticsearch's score. */
  public record Passage(String key, @Nullable Integer page, String excerpt, double score) {}

  /** A page's number, the one field read back. */
  record PageNumber(@Nullable Integer page) {}

  /**
   * For each key, the file's best page for its text; keys without a page that matches are left out.
   */
  public List<Passage> best(String entryDocumentId, String fileId, Map<String, String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(texts.keySet());
    Map<String, String> folded = new LinkedHashMap<>();
    texts.forEach((k, v) -> folded.put(k, VietnameseText.normalizeAndFold(v)));
    try {
      MsearchResponse<PageNumber> response =
          client.msearch(
              m -> {
                m.index(properties.indexAlias());
                for (String key : keys) {
                  String words = folded.get(key);
                  m.searches(
                      s ->
                          s.header(h -> h)
                              .body(
                                  b ->
                                      b.query(
                                              q ->
                                                  q.bool(
                                                      bool ->
                                                          bool.filter(
                                                                  term(
                                                                      "entryDocumentId",
                                                                      entryDocumentId))
                                                              .filter(term("fileId", fileId))
                                                              .must(match(words))))
                                          .size(1)
                                          .source(src -> src.filter(f -> f.includes("page")))
                                          .highlight(
                                              h ->
                                                  h.preTags("")
                                                      .postTags("")
                                                      .fields(
                                                          NamedValue.of(
                                                              "text",
                                                              co.elastic.clients.elasticsearch.core
                                                                  .search.HighlightField.of(
                                                                  f ->
                                                                      f.type(
                                                                              HighlighterType
                                                                                  .Unified)
                                                                          .matchedFields(
                                                                              "text", "text_folded")
                                                                          .fragmentSize(220)
                                                                          .numberOfFragments(1)
                                                                          .highlightQuery(
                                                                              match(words))))))));
                }
                return m;
              },
              PageNumber.class);
      List<Passage> passages = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        MultiSearchResponseItem<PageNumber> item = response.responses().get(i);
        if (!item.isResult()) {
          throw IndexingException.permanent(
              "a passage search failed: " + item.failure().error().reason());
        }
        List<Hit<PageNumber>> hits = item.result().hits().hits();
        if (hits.isEmpty()) {
          continue;
        }
        Hit<PageNumber> hit = hits.getFirst();
        String excerpt = String.join(" … ", hit.highlight().getOrDefault("text", List.of()));
        passages.add(
            new Passage(
                keys.get(i),
                hit.source() == null ? null : hit.source().page(),
                excerpt.strip(),
                hit.score() == null ? 0 : hit.score()));
      }
      return passages;
    } catch (IOException | ElasticsearchException e) {
      throw IndexingException.transientFailure("the passage search failed: " + e.getMessage(), e);
    }
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  private static Query match(String folded) {
    return Query.of(
        q ->
            q.match(
                m ->
                    m.field("text_folded")
                        .query(folded)
                        .operator(Operator.Or)
                        .minimumShouldMatch(MINIMUM_MATCH)));
  }
}
