package vn.thidua.indexer.facts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.indexing.EntryFields;
import vn.thidua.indexer.indexing.PassageSearch;
import vn.thidua.indexer.queue.EntryStore;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.strapi.StrapiClient;
import vn.thidua.indexer.strapi.StrapiCriterion;

/**
 * Suggests the criteria a report's pages support: the criteria Strapi holds for the kind of the
 * report's unit, each searched (title and description, folded) over the file's pages in
 * Elasticsearch; the best page of each is its passage. Scores are relative to the best criterion of
 * the file (1.0), so they rank; a criterion none of whose pages shares most of its words is not
 * suggested at all. Asked when the facts are read, so a criterion added or reworded in Strapi
 * counts at once.
 */
@Component
class CriteriaSuggester {

  /** Suggestions beyond this many are noise for a reviewer. */
  private static final int MAX = 10;

  private final StrapiClient strapi;
  private final PassageSearch passages;
  private final EntryStore entries;
  private final JsonMapper json;

  CriteriaSuggester(
      StrapiClient strapi, PassageSearch passages, EntryStore entries, JsonMapper json) {
    this.strapi = strapi;
    this.passages = passages;
    this.entries = entries;
    this.json = json;
  }

  List<ReportFacts.CriterionSuggestion> suggest(FileStatus file) {
    String unitKind = unitKindOf(file).orElse(null);
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    for (StrapiCriterion criterion : strapi.criteria()) {
      if (applies(criterion, unitKind)) {
        texts.put(criterion.code(), criterion.title() + " " + criterion.description());
        titles.put(criterion.code(), criterion.title());
      }
    }
    List<PassageSearch.Passage> found = passages.best(file.entryDocumentId(), file.fileId(), texts);
    double best = found.stream().mapToDouble(PassageSearch.Passage::score).max().orElse(1);
    return found.stream()
        .sorted(Comparator.comparingDouble(PassageSearch.Passage::score).reversed())
        .limit(MAX)
        .map(
            p ->
                new ReportFacts.CriterionSuggestion(
                    p.key(),
                    titles.get(p.key()),
                    p.page(),
                    p.excerpt(),
                    Math.round(100 * p.score() / best) / 100.0))
        .toList();
  }

  private static boolean applies(StrapiCriterion criterion, @Nullable String unitKind) {
    return unitKind == null
        || criterion.unitKind() == null
        || criterion.unitKind().equals(unitKind);
  }

  private Optional<String> unitKindOf(FileStatus file) {
    return entries
        .find(file.model(), file.entryDocumentId())
        .map(e -> json.readValue(e.fieldsJson(), EntryFields.class).unitKind());
  }
}
