package vn.thidua.indexer.files;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.indexing.EntryFields;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.queue.EntryStore;
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
  private final EntryStore entries;
  private final JsonMapper json;

  FileService(
      FileStatusStore statuses,
      EvidenceIndex index,
      Quarantine quarantine,
      EntryStore entries,
      JsonMapper json) {
    this.statuses = statuses;
    this.index = index;
    this.quarantine = quarantine;
    this.entries = entries;
    this.json = json;
  }

  List<FileStatusView> ofEntry(String entryDocumentId, Caller caller) {
    return statuses.findByEntry(entryDocumentId).stream()
        .filter(s -> visible(s, caller))
        .map(this::view)
        .toList();
  }

  Optional<FileStatusView> one(String fileId, Caller caller) {
    return visibleStatus(fileId, caller).map(this::view);
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

  /** The slug the entry had when it was last read from Strapi. */
  private @Nullable String slugOf(FileStatus s) {
    return entries
        .find(s.model(), s.entryDocumentId())
        .map(e -> json.readValue(e.fieldsJson(), EntryFields.class).slug())
        .orElse(null);
  }

  private FileStatusView view(FileStatus s) {
    return new FileStatusView(
        s.fileId(),
        s.fileName(),
        s.entryDocumentId(),
        s.model(),
        slugOf(s),
        s.state().value(),
        s.reasonText(),
        s.reason() == null ? null : s.reason().code().value(),
        s.reason() == null ? Map.of() : s.reason().params(),
        s.pages(),
        s.characters(),
        s.updatedAt());
  }
}
