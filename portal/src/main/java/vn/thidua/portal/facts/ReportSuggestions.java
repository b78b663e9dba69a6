package vn.thidua.portal.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.thidua.portal.indexer.FileFacts;
import vn.thidua.portal.strapi.model.Report;
import vn.thidua.portal.strapi.model.StrapiMedia;

/**
 * What the indexer read from each file of a report, and what people decided about it so far.
 *
 * @param decisions by {@link ReportFact#factKey()}
 */
public record ReportSuggestions(
    Report report, List<FileSuggestions> files, Map<String, ReportFact> decisions) {

  public ReportSuggestions {
    files = List.copyOf(files);
    decisions = Map.copyOf(decisions);
  }

  /**
   * One file's facts.
   *
   * @param facts null when the indexer has not read the file (yet), or could not be asked
   * @param unavailable true when the indexer could not be asked
   */
  public record FileSuggestions(StrapiMedia file, @Nullable FileFacts facts, boolean unavailable) {

    public String fileId() {
      return Long.toString(file.id());
    }
  }

  /** The decision on one fact, if any was taken. */
  public Optional<ReportFact> decision(String factKey) {
    return Optional.ofNullable(decisions.get(factKey));
  }

  public String keyOf(FileSuggestions file, FileFacts.Indicator indicator) {
    return FactKeys.of(
        report.documentId(), file.fileId(), FactKind.INDICATOR, indicator.name(), indicator.page());
  }

  public String keyOf(FileSuggestions file, FileFacts.Initiative initiative) {
    return FactKeys.of(
        report.documentId(),
        file.fileId(),
        FactKind.INITIATIVE,
        initiative.title(),
        initiative.page());
  }

  public String keyOf(FileSuggestions file, FileFacts.Criterion criterion) {
    return FactKeys.of(
        report.documentId(), file.fileId(), FactKind.CRITERION, criterion.code(), criterion.page());
  }
}
