package vn.thidua.indexer.indexing;

import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.executors.IndexerExecutors;
import vn.thidua.indexer.folding.VietnameseText;

/**
 * Writes and removes evidence documents. Writes go through one {@link BulkIngester}; its listener
 * looks at every item: a 429 or 5xx item, or a whole request lost in transit, is sent again with
 * exponential backoff; any other 4xx is permanent and fails the documents it concerns. The futures
 * returned by {@link #index} complete when every document is acknowledged.
 */
@Service
public class EvidenceIndex implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EvidenceIndex.class);

  /** True on exactly one document of each file or entry text: see {@link #markHead}. */
  public static final String FILE_HEAD = "fileHead";

  /** On a head: the folded text of each page of its file, nested. */
  public static final String PAGES = "pages";

  private final ElasticsearchClient client;
  private final ElasticsearchProperties properties;
  private final IndexBootstrap bootstrap;
  private final ScheduledExecutorService retries;
  private final BulkIngester<Pending> ingester;
  private volatile @Nullable String concreteIndex;
  private volatile long lastChangeNanos = System.nanoTime();

  /**
   * The index over {@code client}; retries of refused documents and the ingester's periodic flush
   * run on the indexer's {@code timers} (the ingester's own flush thread would be a pool nobody
   * manages).
   */
  public EvidenceIndex(
      ElasticsearchClient client,
      ElasticsearchProperties properties,
      @Qualifier(IndexerExecutors.TIMERS) ThreadPoolTaskScheduler timers) {
    this.client = client;
    this.properties = properties;
    this.bootstrap = new IndexBootstrap(client, properties);
    this.retries = timers.getScheduledExecutor();
    this.ingester =
        BulkIngester.of(
            b ->
                b.client(client)
                    .maxOperations(properties.bulkMaxOperations())
                    .maxConcurrentRequests(properties.bulkConcurrentRequests())
                    .flushInterval(
                        properties.bulkFlushInterval().toMillis(), TimeUnit.MILLISECONDS, retries)
                    .listener(new ItemChecker()));
  }

  /**
   * Makes sure the alias and the newest mapping are in place; cheap once done.
   *
   * @throws IndexingException transient when Elasticsearch cannot be reached
   */
  public void ensureReady() {
    if (concreteIndex != null) {
      return;
    }
    synchronized (this) {
      if (concreteIndex != null) {
        return;
      }
      try {
        concreteIndex = bootstrap.apply();
      } catch (IOException | ElasticsearchException e) {
        throw classify("cannot prepare the index", e);
      }
    }
  }

  /**
   * When this index was last written to ({@link System#nanoTime()}): a bulk answered (or failed),
   * whether of documents sent for indexing or of deletes and updates. Searches computed before then
   * may be out of date.
   */
  public long lastChangeNanos() {
    return lastChangeNanos;
  }

  private void changed() {
    lastChangeNanos = System.nanoTime();
  }

  /** Whether {@link #ensureReady()} has succeeded. */
  public boolean isReady() {
    return concreteIndex != null;
  }

  /**
   * Indexes (or overwrites, same ids) the documents; the future completes when all are stored, or
   * fails with an {@link IndexingException}, permanent if any document was refused for good.
   *
   * <p>A file's pages must come in one call, all of them: its first page becomes the file's head
   * (see {@link #markHead}), which needs the text of every page.
   */
  public CompletableFuture<Void> index(List<EvidenceDocument> documents) {
    List<CompletableFuture<Void>> items = new ArrayList<>(documents.size());
    for (Map.Entry<String, Map<String, Object>> document : sources(documents).entrySet()) {
      String id = document.getKey();
      Map<String, Object> source = document.getValue();
      BulkOperation operation =
          BulkOperation.of(
              o -> o.index(i -> i.index(properties.indexAlias()).id(id).document(source)));
      CompletableFuture<Void> done = new CompletableFuture<>();
      items.add(done);
      ingester.add(operation, new Pending(operation, done, 0));
    }
    return CompletableFuture.allOf(items.toArray(CompletableFuture[]::new))
        .handle(
            (ok, failure) -> {
              if (failure == null) {
                return null;
              }
              throw worst(items);
            });
  }

  /** Removes the documents of one file of one entry. */
  public void deleteFile(String entryDocumentId, String fileId) {
    deleteWhere(
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(term("entryDocumentId", entryDocumentId))
                            .filter(term("fileId", fileId)))));
  }

  /** Removes every document of an entry: its text and the pages of its files. */
  public void deleteEntry(String entryDocumentId) {
    deleteWhere(term("entryDocumentId", entryDocumentId));
  }

  /**
   * Rewrites the entry fields (visibility included) of every document of the entry in place,
   * without extracting anything again. Partial updates by id: the distribution used here has no
   * {@code _update_by_query} (it lives in the reindex module) and no scripting.
   */
  public void updateEntryFields(EntryFields fields) {
    ensureReady();
    Map<String, Object> partial = entrySource(fields);
    try {
      List<String> ids = idsWhere(term("entryDocumentId", fields.entryDocumentId()));
      bulkById(
          ids,
          id ->
              BulkOperation.of(
                  o ->
                      o.update(
                          u ->
                              u.index(properties.indexAlias())
                                  .id(id)
                                  .action(a -> a.doc(partial)))));
    } catch (IOException | ElasticsearchException e) {
      throw classify("update of entry fields failed", e);
    }
  }

  /** The indexed pages of a file, in page order. */
  public List<StoredPage> pagesOf(String entryDocumentId, String fileId) {
    ensureReady();
    try {
      SearchResponse<StoredPage> response =
          client.search(
              s ->
                  s.index(properties.indexAlias())
                      .query(
                          q ->
                              q.bool(
                                  b ->
                                      b.filter(term("entryDocumentId", entryDocumentId))
                                          .filter(term("fileId", fileId))))
                      .sort(o -> o.field(f -> f.field("page").order(SortOrder.Asc)))
                      .source(src -> src.filter(f -> f.includes("page", "text")))
                      .size(10_000),
              StoredPage.class);
      return response.hits().hits().stream().map(h -> h.source()).filter(Objects::nonNull).toList();
    } catch (IOException | ElasticsearchException e) {
      throw classify("reading the pages of a file failed", e);
    }
  }

  /** Sends what is buffered now rather than at the next flush interval. */
  public void flush() {
    ingester.flush();
  }

  @Override
  public void destroy() {
    // The timers are Spring's and shut down after this bean.
    ingester.close();
  }

  /** Deletes by id what the query finds: there is no {@code _delete_by_query} here either. */
  private void deleteWhere(Query query) {
    ensureReady();
    try {
      List<String> ids = idsWhere(query);
      bulkById(
          ids, id -> BulkOperation.of(o -> o.delete(d -> d.index(properties.indexAlias()).id(id))));
    } catch (IOException | ElasticsearchException e) {
      throw classify("delete failed", e);
    }
  }

  /**
   * The ids of the documents the query finds, after a refresh so that documents written a moment
   * ago are found too.
   */
  private List<String> idsWhere(Query query) throws IOException {
    client.indices().refresh(r -> r.index(properties.indexAlias()));
    List<String> ids = new ArrayList<>();
    ResponseBody<Void> page =
        client.search(
            s ->
                s.index(properties.indexAlias())
                    .query(query)
                    .source(src -> src.fetch(false))
                    .size(1_000)
                    .scroll(t -> t.time("1m")),
            Void.class);
    String scrollId = page.scrollId();
    try {
      while (!page.hits().hits().isEmpty()) {
        page.hits().hits().forEach(h -> ids.add(h.id()));
        String current = scrollId;
        page = client.scroll(s -> s.scrollId(current).scroll(t -> t.time("1m")), Void.class);
        scrollId = page.scrollId();
      }
    } finally {
      if (scrollId != null) {
        String last = scrollId;
        client.clearScroll(c -> c.scrollId(last));
      }
    }
    return ids;
  }

  /** Sends one operation per id in bulk requests of a thousand and checks every item. */
  private void bulkById(List<String> ids, Function<String, BulkOperation> op) throws IOException {
    for (int from = 0; from < ids.size(); from += 1_000) {
      List<BulkOperation> operations =
          ids.subList(from, Math.min(ids.size(), from + 1_000)).stream().map(op).toList();
      BulkResponse response;
      try {
        response = client.bulk(b -> b.operations(operations).refresh(Refresh.True));
      } finally {
        changed();
      }
      for (BulkResponseItem item : response.items()) {
        if (item.error() != null && item.status() != 404) {
          String message = item.status() + " " + item.error().type() + ": " + item.error().reason();
          throw item.status() == 429 || item.status() >= 500
              ? IndexingException.transientFailure(message)
              : IndexingException.permanent(message);
        }
      }
    }
  }

  private static Query term(String field, String value) {
    return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
  }

  /**
   * The sources of the documents by id, the head of each file or entry marked: documents of one
   * group in page order, the first of them the head.
   */
  static Map<String, Map<String, Object>> sources(List<EvidenceDocument> documents) {
    Map<String, List<EvidenceDocument>> groups = new LinkedHashMap<>();
    for (EvidenceDocument document : documents) {
      groups.computeIfAbsent(document.groupKey(), k -> new ArrayList<>()).add(document);
    }
    Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
    for (List<EvidenceDocument> group : groups.values()) {
      group.sort(Comparator.comparing(EvidenceDocument::page, nullsFirst(naturalOrder())));
      List<Map<String, Object>> groupSources = new ArrayList<>(group.size());
      for (EvidenceDocument document : group) {
        Map<String, Object> source = source(document);
        groupSources.add(source);
        sources.put(document.id(), source);
      }
      markHead(groupSources);
    }
    return sources;
  }

  /**
   * Marks the head of one file (or entry text): {@value #FILE_HEAD} true on the first of its
   * documents, which also carries the folded text of every page as nested {@value #PAGES}; false
   * and no pages on the others. The search counts files and entries as heads, plain {@code terms}
   * and {@code track_total_hits} instead of a {@code cardinality} of group keys, which cost several
   * times the matching of the words; and a head matches the words when any page of its file does,
   * through a {@code nested} query on its pages, so a file whose words are on page 5 only is still
   * counted (<a
   * href="https://www.elastic.co/docs/reference/elasticsearch/mapping-reference/nested">nested</a>).
   * The price: the folded text is indexed twice (pages alone, then together in the head).
   *
   * @param group the sources of one group, in page order
   */
  static void markHead(List<Map<String, Object>> group) {
    for (int i = 0; i < group.size(); i++) {
      Map<String, Object> source = group.get(i);
      source.put(FILE_HEAD, i == 0);
      source.remove(PAGES);
    }
    if (!group.isEmpty()) {
      List<Map<String, Object>> pages = new ArrayList<>(group.size());
      for (Map<String, Object> page : group) {
        pages.add(Map.of("text_folded", Objects.requireNonNullElse(page.get("text_folded"), "")));
      }
      group.getFirst().put(PAGES, pages);
    }
  }

  static Map<String, Object> source(EvidenceDocument document) {
    Map<String, Object> source = entrySource(document.entry());
    String text = VietnameseText.normalize(document.text());
    source.put("text", text);
    source.put("text_folded", VietnameseText.fold(text));
    source.put("groupKey", document.groupKey());
    putIfPresent(source, "fileId", document.fileId());
    putIfPresent(source, "fileName", document.fileName());
    putIfPresent(source, "page", document.page());
    putIfPresent(source, "contentHash", document.contentHash());
    return source;
  }

  private static Map<String, Object> entrySource(EntryFields entry) {
    Map<String, Object> source = new LinkedHashMap<>();
    String title = VietnameseText.normalize(entry.title());
    source.put("kind", entry.kind());
    source.put("model", entry.model());
    source.put("entryDocumentId", entry.entryDocumentId());
    source.put("title", title);
    source.put("title_folded", VietnameseText.fold(title));
    String unitName = entry.unitName() == null ? null : VietnameseText.normalize(entry.unitName());
    source.put("unitName", unitName);
    source.put("unitName_folded", unitName == null ? null : VietnameseText.fold(unitName));
    source.put("unitDocumentId", entry.unitDocumentId());
    source.put("unitKind", entry.unitKind());
    source.put("year", entry.year());
    source.put("stage", entry.stage());
    source.put("field", entry.field());
    source.put("criteria", entry.criteria());
    putIfPresent(source, "slug", entry.slug());
    source.put("visibility", entry.visibility().value());
    return source;
  }

  private static void putIfPresent(Map<String, Object> source, String key, @Nullable Object value) {
    if (value != null) {
      source.put(key, value);
    }
  }

  private static IndexingException worst(List<CompletableFuture<Void>> items) {
    IndexingException transientOne = null;
    for (CompletableFuture<Void> item : items) {
      if (!item.isCompletedExceptionally()) {
        continue;
      }
      try {
        item.join();
      } catch (CompletionException e) {
        IndexingException failure =
            e.getCause() instanceof IndexingException ie
                ? ie
                : IndexingException.transientFailure("indexing failed", e.getCause());
        if (!failure.isTransient()) {
          return failure;
        }
        transientOne = failure;
      }
    }
    return transientOne != null
        ? transientOne
        : IndexingException.transientFailure("indexing failed");
  }

  /**
   * Whether a failure of a whole request is worth trying again: no answer at all, 429, or 5xx. A
   * request answered with another 4xx is refused for good.
   */
  static boolean isTransient(Throwable failure) {
    Throwable cause = unwrap(failure);
    int status = -1;
    if (cause instanceof ElasticsearchException es) {
      status = es.status();
    } else if (cause instanceof TransportException te) {
      status = te.statusCode();
    } else if (cause instanceof ResponseException re) {
      status = re.getResponse().getStatusCode();
    } else if (!(cause instanceof IOException)) {
      return false;
    }
    return status < 400 || status == 429 || status >= 500;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static IndexingException classify(String what, Throwable failure) {
    Throwable cause = unwrap(failure);
    String message = what + ": " + cause.getMessage();
    return isTransient(cause)
        ? IndexingException.transientFailure(message, cause)
        : IndexingException.permanent(message, cause);
  }

  private Duration backoff(int attempt) {
    long millis = properties.retryBackoff().toMillis() << Math.min(attempt, 20);
    return Duration.ofMillis(Math.min(millis, properties.retryBackoffMax().toMillis()));
  }

  private void retry(Pending pending, String reason) {
    if (pending.attempt() >= properties.retries()) {
      pending
          .done()
          .completeExceptionally(
              IndexingException.transientFailure(
                  "Elasticsearch still refuses after "
                      + (pending.attempt() + 1)
                      + " attempts: "
                      + reason));
      return;
    }
    Duration pause = backoff(pending.attempt());
    log.debug("Retrying a document in {} ms: {}", pause.toMillis(), reason);
    try {
      retries.schedule(
          () -> {
            try {
              ingester.add(
                  pending.operation(),
                  new Pending(pending.operation(), pending.done(), pending.attempt() + 1));
            } catch (RuntimeException e) {
              pending
                  .done()
                  .completeExceptionally(IndexingException.transientFailure("retry failed", e));
            }
          },
          pause.toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      pending.done().completeExceptionally(IndexingException.transientFailure("retry failed", e));
    }
  }

  /** A document in flight: the operation, its future and how many times it was sent before. */
  private record Pending(BulkOperation operation, CompletableFuture<Void> done, int attempt) {}

  /** Checks every item of every bulk answer. */
  private final class ItemChecker implements BulkListener<Pending> {

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {}

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
      changed();
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < contexts.size(); i++) {
        Pending pending = contexts.get(i);
        if (i >= items.size()) {
          retry(pending, "missing item in the bulk answer");
          continue;
        }
        BulkResponseItem item = items.get(i);
        if (item.error() == null) {
          pending.done().complete(null);
        } else if (item.status() == 429 || item.status() >= 500) {
          retry(pending, item.status() + " " + item.error().reason());
        } else {
          log.warn(
              "Elasticsearch refused document {}: {} {} {}",
              item.id(),
              item.status(),
              item.error().type(),
              item.error().reason());
          pending
              .done()
              .completeExceptionally(
                  IndexingException.permanent(
                      "Elasticsearch refused the document ("
                          + item.status()
                          + " "
                          + item.error().type()
                          + "): "
                          + item.error().reason()));
        }
      }
    }

    @Override
    public void afterBulk(
        long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
      changed();
      Throwable cause = unwrap(failure);
      boolean again = isTransient(cause);
      log.info(
          "Bulk request of {} documents failed ({}): {}",
          contexts.size(),
          again ? "will retry" : "permanent",
          cause.toString());
      for (Pending pending : contexts) {
        if (again) {
          retry(pending, cause.toString());
        } else {
          pending
              .done()
              .completeExceptionally(
                  IndexingException.permanent(
                      "bulk request refused: " + cause.getMessage(), cause));
        }
      }
    }
  }
}
