package vn.thidua.indexer.facts;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.extraction.PageText;
import vn.thidua.indexer.queue.FileStatus;
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
  private final CriteriaSuggester criteria;

  FactsService(FactsStore store, FileStatusStore statuses, CriteriaSuggester criteria) {
    this.store = store;
    this.statuses = statuses;
    this.criteria = criteria;
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

  /**
   * The facts of a file the caller may see, with the criteria its pages support; empty when the
   * file is unknown, hidden, or not read yet. Strapi or Elasticsearch failing costs the criteria,
   * with a note, not the facts.
   */
  Optional<ReportFacts> of(String fileId, Caller caller) {
    Optional<FileStatus> file =
        statuses.findByFile(fileId).stream()
            .filter(s -> caller.maySee(s.visibility(), s.unitDocumentId()))
            .findFirst();
    return file.flatMap(
        s -> store.find(s.fileId(), s.entryDocumentId()).map(facts -> withCriteria(s, facts)));
  }

  private ReportFacts withCriteria(FileStatus file, ReportFacts facts) {
    try {
      return facts.withCriteria(criteria.suggest(file));
    } catch (RuntimeException e) {
      log.warn("No criteria suggested for file {}: {}", file.fileId(), e.getMessage());
      return facts.withNote(
          "Chưa gợi ý được tiêu chí: máy chủ nội dung hoặc tìm kiếm chưa trả lời.");
    }
  }
}
