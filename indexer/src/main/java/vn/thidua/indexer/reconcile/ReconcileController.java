package vn.thidua.indexer.reconcile;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.access.Role;
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
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(Map.of("error", "Chỉ quản trị viên được chạy lại việc lập chỉ mục."));
    }
    try {
      return ResponseEntity.ok(reconcile.reconcile(force));
    } catch (StrapiUnavailableException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(Map.of("error", "Không kết nối được Strapi; hãy thử lại sau."));
    }
  }
}
