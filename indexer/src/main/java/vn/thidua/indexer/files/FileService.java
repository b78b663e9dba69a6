package vn.thidua.indexer.files;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;

/** Reads file statuses and texts for a caller, hiding what the caller may not see. */
@Service
class FileService {

  private final FileStatusStore statuses;
  private final EvidenceIndex index;

  FileService(FileStatusStore statuses, EvidenceIndex index) {
    this.statuses = statuses;
    this.index = index;
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
        s.state().value(),
        s.reason(),
        s.pages(),
        s.characters(),
        s.updatedAt());
  }
}
