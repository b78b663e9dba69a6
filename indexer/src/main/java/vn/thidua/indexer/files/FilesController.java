package vn.thidua.indexer.files;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.indexer.access.Caller;

/** {@code /api/files}: statuses and texts of files. A file the caller may not see is a 404. */
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
    return ResponseEntity.of(files.one(fileId, Caller.fromHeaders(role, unit)));
  }

  @GetMapping("/{fileId}/text")
  ResponseEntity<FileTextView> text(
      @PathVariable String fileId,
      @RequestHeader(name = Caller.ROLE_HEADER, required = false) @Nullable String role,
      @RequestHeader(name = Caller.UNIT_HEADER, required = false) @Nullable String unit) {
    return ResponseEntity.of(files.text(fileId, Caller.fromHeaders(role, unit)));
  }
}
