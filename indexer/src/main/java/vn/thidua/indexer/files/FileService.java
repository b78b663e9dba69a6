package vn.thidua.indexer.files;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.Quarantine;

/**
 * Reads file statuses and texts for a caller, hiding what the caller may not see; queues a failed
 * file again for an admin.
 */
@Service
class FileService {

  private final FileStatusStore statuses;
  private final EvidenceIndex index;
  private final Quarantine quarantine;

  FileService(FileStatusStore statuses, EvidenceIndex index, Quarantine quarantine) {
    this.statuses = statuses;
    this.index = index;
    this.quarantine = quarantine;
  }

  List<FileStatusView> ofEntry(String entryDocumentId, Caller caller) {
    return statuses.findByEntry(entryDocumentId).stream()
        .filter(s -> visible(s, caller))
        .map(FileService::view)
        .toList();
  }

  Optional<FileStatusView> one(String fileId, Caller caller) {
    return visibleStatus(fileId, caller).map(FileService::view);
  }

  Optional<FileTextView> text(String fileId, Caller caller) {
    return visibleStatus(fileId, caller)
        .map(
            s ->
                new FileTextView(
                    s.fileName(),
                    index.pagesOf(s.entryDocumentId(), s.fileId()).stream()
                        .map(p -> new FileTextView.Page(p.page(), p.text()))
                        .toList()));
  }

  /**
   * Queues a {@code failed} or {@code refused} file again with its attempts reset. Only an admin
   * gets here (the security chain).
   *
   * @return empty when the file is unknown; else how many of its records were queued (0 when none
   *     was failed or refused)
   */
  Optional<Integer> retry(String fileId) {
    if (statuses.findByFile(fileId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(quarantine.retry(fileId));
  }

  private Optional<FileStatus> visibleStatus(String fileId, Caller caller) {
    return statuses.findByFile(fileId).stream().filter(s -> visible(s, caller)).findFirst();
  }

  private static boolean visible(FileStatus status, Caller caller) {
    return caller.maySee(status.visibility(), status.unitDocumentId());
  }

  private static FileStatusView view(FileStatus s) {
    return new FileStatusView(
        s.fileId(),
        s.fileName(),
        s.entryDocumentId(),
        s.model(),
        s.state().value(),
        s.reasonText(),
        s.reason() == null ? null : s.reason().code().value(),
        s.reason() == null ? Map.of() : s.reason().params(),
        s.pages(),
        s.characters(),
        s.updatedAt());
  }
}
