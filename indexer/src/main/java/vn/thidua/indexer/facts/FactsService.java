package vn.thidua.indexer.facts;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.extraction.PageText;
import vn.thidua.indexer.queue.FileStatusStore;

/**
 * Keeps each file's facts: read when the pipeline has the file's text, served to callers under the
 * same visibility rule as the file's text.
 */
@Service
public class FactsService {

  private static final Logger log = LoggerFactory.getLogger(FactsService.class);

  private final FactsExtractor extractor = new FactsExtractor();
  private final FactsStore store;
  private final FileStatusStore statuses;

  FactsService(FactsStore store, FileStatusStore statuses) {
    this.store = store;
    this.statuses = statuses;
  }

  /**
   * Reads and keeps the facts of a file whose text was just extracted, replacing what an earlier
   * extraction found. A text the readers cannot cope with costs the file its facts, never its
   * indexing.
   */
  public void record(String fileId, String entryDocumentId, List<PageText> pages) {
    try {
      store.save(fileId, entryDocumentId, extractor.extract(pages));
    } catch (RuntimeException e) {
      log.warn("Could not read the facts of file {} of {}", fileId, entryDocumentId, e);
      store.delete(fileId, entryDocumentId);
    }
  }

  /** Forgets the facts of a file that has no text any more, or is gone. */
  public void forget(String fileId, String entryDocumentId) {
    store.delete(fileId, entryDocumentId);
  }

  /** Forgets the facts of every file of an entry that is gone. */
  public void forgetEntry(String entryDocumentId) {
    store.deleteEntry(entryDocumentId);
  }

  /** The facts of a file the caller may see; empty when unknown, hidden, or not read yet. */
  Optional<ReportFacts> of(String fileId, Caller caller) {
    return statuses.findByFile(fileId).stream()
        .filter(s -> caller.maySee(s.visibility(), s.unitDocumentId()))
        .findFirst()
        .flatMap(s -> store.find(s.fileId(), s.entryDocumentId()));
  }
}
