package vn.thidua.indexer.reconcile;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.access.Role;
import vn.thidua.indexer.api.ApiError;
import vn.thidua.indexer.api.ApiException;
import vn.thidua.indexer.strapi.StrapiUnavailableException;

/** {@code POST /api/reindex}: an administrator runs the reconcile pass now. */
@RestController
class ReconcileController {

  private final ReconcileService reconcile;

  ReconcileController(ReconcileService reconcile) {
    this.reconcile = reconcile;
  }

  @PostMapping("/api/reindex")
  ResponseEntity<?> reindex(
      @RequestParam(defaultValue = "false") boolean force,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role) {
    if (Role.parse(role) != Role.ADMIN) {
      throw new ApiException(ApiError.FORBIDDEN);
    }
    try {
      return ResponseEntity.ok(reconcile.reconcile(force));
    } catch (StrapiUnavailableException e) {
      throw new ApiException(ApiError.STRAPI_UNAVAILABLE, e);
    }
  }
}
