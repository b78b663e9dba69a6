package vn.thidua.indexer.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.extraction.ExtractionProperties;
import vn.thidua.indexer.extraction.ExtractionResult;
import vn.thidua.indexer.extraction.ExtractionStatus;
import vn.thidua.indexer.extraction.FileExtractor;
import vn.thidua.indexer.extraction.PageText;
import vn.thidua.indexer.facts.FactsService;
import vn.thidua.indexer.indexing.EntryFields;
import vn.thidua.indexer.indexing.EvidenceDocument;
import vn.thidua.indexer.indexing.EvidenceIndex;
import vn.thidua.indexer.indexing.IndexingException;
import vn.thidua.indexer.queue.EntryStore;
import vn.thidua.indexer.queue.FileState;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.Job;
import vn.thidua.indexer.queue.JobHandler;
import vn.thidua.indexer.queue.JobKind;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.queue.QueueProperties;
import vn.thidua.indexer.queue.RetryLaterException;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;
import vn.thidua.indexer.strapi.ContentModel;
import vn.thidua.indexer.strapi.DownloadedFile;
import vn.thidua.indexer.strapi.FileTooLargeException;
import vn.thidua.indexer.strapi.StrapiClient;
import vn.thidua.indexer.strapi.StrapiEntry;
import vn.thidua.indexer.strapi.StrapiFile;
import vn.thidua.indexer.strapi.StrapiRefusedException;
import vn.thidua.indexer.strapi.StrapiUnavailableException;

/** Does the work of the queue's jobs. */
@Component
class Pipeline implements JobHandler {

  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final StrapiClient strapi;
  private final FileExtractor extractor;
  private final EvidenceIndex index;
  private final JobQueue queue;
  private final FileStatusStore statuses;
  private final EntryStore entries;
  private final JsonMapper json;
  private final QueueProperties queueProperties;
  private final ExtractionProperties extractionProperties;
  private final FactsService facts;

  Pipeline(
      StrapiClient strapi,
      FileExtractor extractor,
      EvidenceIndex index,
      JobQueue queue,
      FileStatusStore statuses,
      EntryStore entries,
      JsonMapper json,
      QueueProperties queueProperties,
      ExtractionProperties extractionProperties,
      FactsService facts) {
    this.strapi = strapi;
    this.extractor = extractor;
    this.index = index;
    this.queue = queue;
    this.statuses = statuses;
    this.entries = entries;
    this.json = json;
    this.queueProperties = queueProperties;
    this.extractionProperties = extractionProperties;
    this.facts = facts;
  }

  @Override
  public CompletionStage<Void> handle(Job job) {
    Optional<ContentModel> model = ContentModel.fromSingular(job.model());
    if (model.isEmpty()) {
      log.warn("Dropping job {} of unknown model", job);
      return CompletableFuture.completedFuture(null);
    }
    try {
      ready();
      return switch (job.kind()) {
        case SYNC_ENTRY -> {
          syncEntry(model.get(), job.entryDocumentId());
          yield CompletableFuture.completedFuture(null);
        }
        case INDEX_FILE -> indexFile(model.get(), job.entryDocumentId(), fileIdOf(job));
      };
    } catch (StrapiUnavailableException e) {
      throw new RetryLaterException("Strapi: " + e.getMessage(), e);
    } catch (IndexingException e) {
      if (e.isTransient()) {
        throw new RetryLaterException("Elasticsearch: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  @Override
  public void abandoned(Job job, Throwable lastFailure) {
    if (job.kind() == JobKind.INDEX_FILE && job.fileId() != null) {
      facts.forget(job.fileId(), job.entryDocumentId());
      statuses.finish(
          job.fileId(),
          job.entryDocumentId(),
          FileState.FAILED,
          Reason.of(
              ReasonCode.FAILED_REPEATEDLY, "detail", String.valueOf(lastFailure.getMessage())),
          null,
          0,
          0);
    }
  }

  private void ready() {
    index.ensureReady();
  }

  /** Brings the index in line with what Strapi says of the entry now. */
  void syncEntry(ContentModel model, String documentId) {
    Optional<StrapiEntry> found;
    try {
      found = strapi.findEntry(model, documentId);
    } catch (StrapiRefusedException e) {
      if (e.status() == 401 || e.status() == 403) {
        // A token problem is fixed by people; keep the job until then.
        throw new RetryLaterException("Strapi refused the indexer token", e);
      }
      throw e;
    }
    if (found.isEmpty()) {
      removeEntry(model, documentId);
      return;
    }
    StrapiEntry entry = found.get();
    EntryFields fields = EntryMapper.fields(entry);
    String fieldsJson = json.writeValueAsString(fields);
    Optional<EntryStore.StoredEntry> stored = entries.find(model.singular(), documentId);
    boolean fieldsChanged = stored.isEmpty() || !stored.get().fieldsJson().equals(fieldsJson);
    boolean anyChange =
        stored.isEmpty() || !stored.get().fingerprint().equals(EntryFingerprint.of(entry));

    if (model.hasOwnText() && anyChange) {
      String text = entry.text().isBlank() ? fields.title() : entry.text();
      join(index.index(List.of(new EvidenceDocument(fields, text, null, null, null, null))));
    }
    if (fieldsChanged && stored.isPresent()) {
      index.updateEntryFields(fields);
      statuses.setVisibility(documentId, fields.visibility(), fields.unitDocumentId());
    }
    entries.save(
        model.singular(),
        documentId,
        fields.unitDocumentId(),
        fieldsJson,
        EntryFingerprint.of(entry));

    Map<String, FileStatus> known = new HashMap<>();
    statuses.findByEntry(documentId).forEach(s -> known.put(s.fileId(), s));
    for (StrapiFile file : entry.files()) {
      FileStatus status = known.remove(file.id());
      boolean changed =
          status == null
              || !status.strapiHash().equals(file.hash())
              || !status.url().equals(file.url());
      boolean lost =
          status != null && status.state().inProgress() && !queue.hasJobFor(documentId, file.id());
      if (changed || lost) {
        statuses.markQueued(
            file.id(),
            documentId,
            model.singular(),
            file.name(),
            file.url(),
            file.hash(),
            file.sizeBytes(),
            fields.visibility(),
            fields.unitDocumentId());
        queue.enqueue(JobKind.INDEX_FILE, model.singular(), documentId, file.id());
      }
    }
    for (FileStatus gone : known.values()) {
      index.deleteFile(documentId, gone.fileId());
      statuses.delete(gone.fileId(), documentId);
      facts.forget(gone.fileId(), documentId);
    }
  }

  private void removeEntry(ContentModel model, String documentId) {
    index.deleteEntry(documentId);
    statuses.deleteEntry(documentId);
    facts.forgetEntry(documentId);
    entries.delete(model.singular(), documentId);
    log.info("Removed {} {} from the index: deleted or unpublished in Strapi", model, documentId);
  }

  /** Download, extract, index one file; completes when Elasticsearch has acknowledged it. */
  CompletionStage<Void> indexFile(ContentModel model, String entryDocumentId, String fileId) {
    Optional<FileStatus> found = statuses.find(fileId, entryDocumentId);
    Optional<EntryStore.StoredEntry> stored = entries.find(model.singular(), entryDocumentId);
    if (found.isEmpty() || stored.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    FileStatus status = found.get();
    EntryFields fields = json.readValue(stored.get().fieldsJson(), EntryFields.class);
    long maxBytes = extractionProperties.maxFileSize().toBytes();
    if (status.sizeBytes() > maxBytes) {
      return refuseTooLarge(status, maxBytes);
    }
    statuses.setState(
        fileId, entryDocumentId, FileState.EXTRACTING, Reason.of(ReasonCode.DOWNLOADING));
    ExtractionResult result;
    String contentHash;
    try (DownloadedFile file =
        strapi.download(status.url(), queueProperties.downloadDir(), maxBytes)) {
      contentHash = file.sha256();
      result =
          extractor.extract(
              file.path(),
              status.fileName(),
              () ->
                  statuses.setState(
                      fileId, entryDocumentId, FileState.OCR, Reason.of(ReasonCode.OCR_RUNNING)));
    } catch (StrapiUnavailableException e) {
      statuses.setState(
          fileId, entryDocumentId, FileState.QUEUED, Reason.of(ReasonCode.STRAPI_UNAVAILABLE));
      throw e;
    } catch (FileTooLargeException e) {
      return refuseTooLarge(status, maxBytes);
    } catch (StrapiRefusedException e) {
      statuses.finish(
          fileId,
          entryDocumentId,
          FileState.FAILED,
          Reason.of(ReasonCode.STRAPI_REFUSED, "status", e.status()),
          status.contentHash(),
          0,
          0);
      return CompletableFuture.completedFuture(null);
    }

    if (!result.status().hasText()) {
      facts.forget(fileId, entryDocumentId);
      if (status.contentHash() != null) {
        index.deleteFile(entryDocumentId, fileId);
      }
      statuses.finish(
          fileId,
          entryDocumentId,
          stateOf(result.status()),
          result.reason() == null ? Reason.of(ReasonCode.NO_TEXT) : result.reason(),
          contentHash,
          0,
          0);
      return CompletableFuture.completedFuture(null);
    }
    // Read now, while the pages are at hand; the facts replace those of an earlier extraction.
    facts.record(fileId, entryDocumentId, result.pages());
    if (status.contentHash() != null && !status.contentHash().equals(contentHash)) {
      // The file was replaced: its old pages go, whatever their number.
      index.deleteFile(entryDocumentId, fileId);
    }
    List<EvidenceDocument> documents = new ArrayList<>();
    for (PageText page : result.pages()) {
      documents.add(
          new EvidenceDocument(
              fields, page.text(), fileId, status.fileName(), page.page(), contentHash));
    }
    return index
        .index(documents)
        .handle(
            (ok, failure) -> {
              if (failure == null) {
                statuses.finish(
                    fileId,
                    entryDocumentId,
                    result.status() == ExtractionStatus.PARTIAL
                        ? FileState.PARTIAL
                        : FileState.INDEXED,
                    successReason(result, documents.size()),
                    contentHash,
                    documents.size(),
                    result.characters());
                return null;
              }
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              if (cause instanceof IndexingException e && !e.isTransient()) {
                statuses.finish(
                    fileId,
                    entryDocumentId,
                    FileState.FAILED,
                    Reason.of(ReasonCode.INDEX_REFUSED, "detail", String.valueOf(e.getMessage())),
                    contentHash,
                    0,
                    0);
                return null;
              }
              statuses.setState(
                  fileId,
                  entryDocumentId,
                  FileState.QUEUED,
                  Reason.of(ReasonCode.SEARCH_UNAVAILABLE));
              throw new RetryLaterException("Elasticsearch: " + cause.getMessage(), cause);
            });
  }

  private CompletionStage<Void> refuseTooLarge(FileStatus status, long maxBytes) {
    statuses.finish(
        status.fileId(),
        status.entryDocumentId(),
        FileState.REFUSED,
        Reason.of(ReasonCode.TOO_LARGE, "limitMb", maxBytes / 1_000_000),
        null,
        0,
        0);
    return CompletableFuture.completedFuture(null);
  }

  private static Reason successReason(ExtractionResult result, int pieces) {
    if (result.status() == ExtractionStatus.PARTIAL && result.reason() != null) {
      return result.reason();
    }
    if (result.pages().getFirst().page() == null) {
      return Reason.of(result.ocrUsed() ? ReasonCode.OCR_INDEXED : ReasonCode.INDEXED);
    }
    return Reason.of(
        result.ocrUsed() ? ReasonCode.OCR_PAGES : ReasonCode.INDEXED_PAGES, "pages", pieces);
  }

  private static FileState stateOf(ExtractionStatus status) {
    return switch (status) {
      case OK -> FileState.INDEXED;
      case PARTIAL -> FileState.PARTIAL;
      case ENCRYPTED, UNSUPPORTED, EMPTY -> FileState.REFUSED;
      case FAILED -> FileState.FAILED;
    };
  }

  private static String fileIdOf(Job job) {
    if (job.fileId() == null) {
      throw new IllegalArgumentException("INDEX_FILE job without a file: " + job);
    }
    return job.fileId();
  }

  private static void join(CompletableFuture<Void> future) {
    try {
      future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
