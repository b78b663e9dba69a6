package vn.thidua.portal.search;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.facts.ReportFileLink;
import vn.thidua.portal.files.PublicFiles;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.indexer.IndexerResult;
import vn.thidua.portal.indexer.SearchRequest;
import vn.thidua.portal.indexer.SearchResults;
import vn.thidua.portal.shell.Routes;

/**
 * Full-text search as the current reader may see it (the public sees published content and accepted
 * reports only: the indexer filters by the caller). Never throws: when the indexer or its
 * Elasticsearch is down the result is {@link IndexerResult.Unavailable}.
 */
@Service
public class SearchService {

  private final IndexerClient indexer;
  private final CurrentUser currentUser;

  SearchService(IndexerClient indexer, CurrentUser currentUser) {
    this.indexer = indexer;
    this.currentUser = currentUser;
  }

  public IndexerResult<SearchResults> search(SearchRequest request) {
    return indexer.search(request, currentUser.indexerCaller());
  }

  /**
   * The address of the file a hit was found in, opened at the hit's page, for the reader who
   * searched; empty when the hit names no file. A report's file goes through the report's own rule
   * ({@code /tep-bao-cao/}, {@code ReportAccess}) for a reader who may read reports not yet
   * accepted — the unit its own, reviewers, the council and administrators — since the indexer
   * shows them those too and the public address serves only accepted ones. Everyone else gets the
   * public address (accepted reports, published initiatives, the plan), which serves what the
   * indexer shows them.
   */
  public Optional<String> fileLink(SearchResults.Hit hit) {
    return fileLink(hit, currentUser.get().orElse(null));
  }

  static Optional<String> fileLink(SearchResults.Hit hit, @Nullable PortalUser reader) {
    if ("report".equals(hit.kind())
        && hit.entryDocumentId() != null
        && hit.fileId() != null
        && hit.fileId().matches("[0-9]{1,18}")
        && reader != null
        && readsUnacceptedReports(reader, hit)) {
      return Optional.of(ReportFileLink.url(hit.entryDocumentId(), hit.fileId(), hit.page()));
    }
    return PublicFiles.evidenceUrl(hit.kind(), hit.entryDocumentId(), hit.fileId(), hit.page());
  }

  private static boolean readsUnacceptedReports(PortalUser user, SearchResults.Hit hit) {
    return switch (user.role()) {
      case REVIEWER, COUNCIL, ADMIN -> true;
      case UNIT ->
          user.unitDocumentId() != null && user.unitDocumentId().equals(hit.unitDocumentId());
      case EDITOR, ECONOMY -> false;
    };
  }

  /**
   * The portal page of a hit's entry, built from its model and slug (the documentId when it has no
   * slug); empty for reports, which have no public page (the hit shows the file and page instead).
   */
  public static Optional<String> route(SearchResults.Hit hit) {
    String key = hit.slug() != null && !hit.slug().isBlank() ? hit.slug() : hit.entryDocumentId();
    if (hit.model() == null || key == null || key.isBlank()) {
      return Optional.empty();
    }
    return switch (hit.model()) {
      case "story" -> Optional.of(Routes.story(key));
      case "initiative" -> Optional.of(Routes.initiative(key));
      case "campaign" -> Optional.of(Routes.CAMPAIGN);
      default -> Optional.empty();
    };
  }
}
