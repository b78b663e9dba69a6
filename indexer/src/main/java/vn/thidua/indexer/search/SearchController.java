package vn.thidua.indexer.search;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indexer.access.Caller;

/** {@code GET /api/search}. */
@RestController
class SearchController {

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  /** {@code lang} is accepted for the portal's sake; results do not depend on it. */
  @GetMapping("/api/search")
  SearchResult search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable Integer year,
      @RequestParam(required = false) @Nullable String unitKind,
      @RequestParam(required = false) @Nullable String field,
      @RequestParam(required = false) @Nullable String criterion,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "10") int size,
      @RequestParam(required = false) @Nullable String lang,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role,
      @RequestHeader(name = Caller.UNIT_HEADER, required = false) @Nullable String callerUnit) {
    return search.search(
        new SearchQuery(q, kind, year, unitKind, field, criterion, unit, page, size),
        Caller.fromHeaders(role, callerUnit));
  }
}
