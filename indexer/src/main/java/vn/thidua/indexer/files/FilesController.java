package vn.thidua.indexer.files;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.api.ApiError;
import vn.thidua.indexer.api.ApiException;

/**
 * {@code /api/files}: statuses and texts of files (a file the caller may not see is a 404), and an
 * admin's retry of a failed file.
 */
@RestController
@RequestMapping("/api/files")
class FilesController {

  private final FileService files;

  FilesController(FileService files) {
    this.files = files;
  }

  @GetMapping
  List<FileStatusView> ofEntry(
      @RequestParam String entryDocumentId,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role,
      @RequestHeader(name = Caller.UNIT_HEADER, required = false) @Nullable String unit) {
    return files.ofEntry(entryDocumentId, Caller.fromHeaders(role, unit));
  }

  @GetMapping("/{fileId}")
  ResponseEntity<FileStatusView> one(
      @PathVariable String fileId,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role,
      @RequestHeader(name = Caller.UNIT_HEADER, required = false) @Nullable String unit) {
    return ResponseEntity.ok(
        files.one(fileId, Caller.fromHeaders(role, unit)).orElseThrow(FilesController::notFound));
  }

  @GetMapping("/{fileId}/text")
  ResponseEntity<FileTextView> text(
      @PathVariable String fileId,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role,
      @RequestHeader(name = Caller.UNIT_HEADER, required = false) @Nullable String unit) {
    return ResponseEntity.ok(
        files.text(fileId, Caller.fromHeaders(role, unit)).orElseThrow(FilesController::notFound));
  }

  /** Only the portal calling for an admin reaches this: the security chain says so. */
  @PostMapping("/{fileId}/retry")
  ResponseEntity<Map<String, Object>> retry(@PathVariable String fileId) {
    int queued = files.retry(fileId).orElseThrow(FilesController::notFound);
    if (queued == 0) {
      throw new ApiException(ApiError.NOT_RETRYABLE);
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("queued", queued));
  }

  /** Unknown and not visible alike, so that a caller learns nothing of files it may not see. */
  private static ApiException notFound() {
    return new ApiException(ApiError.NOT_FOUND);
  }
}
