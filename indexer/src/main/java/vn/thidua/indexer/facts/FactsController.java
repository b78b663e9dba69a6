package vn.thidua.indexer.facts;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.api.ApiError;
import vn.thidua.indexer.api.ApiException;

/**
 * {@code GET /api/files/{fileId}/facts}: what the report says, under the rule of the file's text —
 * behind the API key, and a file the caller may not see is a 404, as is one not read yet.
 */
@RestController
class FactsController {

  private final FactsService facts;

  FactsController(FactsService facts) {
    this.facts = facts;
  }

  @GetMapping("/api/files/{fileId}/facts")
  ResponseEntity<ReportFacts> facts(
      @PathVariable String fileId,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role,
      @RequestHeader(name = Caller.UNIT_HEADER, required = false) @Nullable String unit) {
    // Unknown, not yet read and not visible alike: the caller learns nothing of files it may not
    // see, and reads the same problem as for every other 404 of the API.
    return facts
        .of(fileId, Caller.fromHeaders(role, unit))
        .map(ResponseEntity::ok)
        .orElseThrow(() -> new ApiException(ApiError.NOT_FOUND));
  }
}
