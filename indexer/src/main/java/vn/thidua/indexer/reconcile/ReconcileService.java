package vn.thidua.indexer.reconcile;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.executors.IndexerExecutors;
import vn.thidua.indexer.pipeline.EntryFingerprint;
import vn.thidua.indexer.queue.EntryStore;
import vn.thidua.indexer.queue.FileStatus;
import vn.thidua.indexer.queue.FileStatusStore;
import vn.thidua.indexer.queue.JobKind;
import vn.thidua.indexer.queue.JobQueue;
import vn.thidua.indexer.strapi.ContentModel;
import vn.thidua.indexer.strapi.StrapiClient;
import vn.thidua.indexer.strapi.StrapiRefusedException;
import vn.thidua.indexer.strapi.StrapiUnavailableException;

/** Compares Strapi with what the indexer holds and queues the differences. */
@Service
public class ReconcileService implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ReconcileService.class);

  private final StrapiClient strapi;
  private final EntryStore entries;
  private final FileStatusStore statuses;
  private final JobQueue queue;
  private final ReconcileProperties properties;
  private final ReentrantLock oneAtATime = new ReentrantLock();
  private final TaskScheduler background;
  private final Clock clock;
  private @Nullable ScheduledFuture<?> passes;
  private volatile boolean running;

  ReconcileService(
      StrapiClient strapi,
      EntryStore entries,
      FileStatusStore statuses,
      JobQueue queue,
      ReconcileProperties properties,
      @Qualifier(IndexerExecutors.BACKGROUND) TaskScheduler background,
      Clock clock) {
    this.strapi = strapi;
    this.entries = entries;
    this.statuses = statuses;
    this.queue = queue;
    this.properties = properties;
    this.background = background;
    this.clock = clock;
  }

  /**
   * Runs one pass now. With {@code force}, every entry is read again even if it looks unchanged.
   *
   * @throws StrapiUnavailableException when Strapi cannot be listed; nothing is removed then
   */
  public ReconcileReport reconcile(boolean force) {
    oneAtATime.lock();
    try {
      int seen = 0;
      int queued = 0;
      int removed = 0;
      for (ContentModel model : ContentModel.values()) {
        Map<String, String> known = new HashMap<>();
        entries.all(model.singular()).forEach(e -> known.put(e.documentId(), e.fingerprint()));
        Set<String> present = new HashSet<>();
        int[] counts = new int[2];
        try {
          strapi.forEachEntry(
              model,
              entry -> {
                present.add(entry.documentId());
                counts[0]++;
                String fingerprint = EntryFingerprint.of(entry);
                if (force || !fingerprint.equals(known.get(entry.documentId()))) {
                  queue.enqueue(JobKind.SYNC_ENTRY, model.singular(), entry.documentId(), null);
                  counts[1]++;
                }
              });
        } catch (StrapiRefusedException e) {
          // A type this Strapi does not serve, or that the token may not read: the others still
          // count, and nothing of this one is removed on the strength of an empty list.
          log.warn("Reconcile skips {}: {}", model.plural(), e.getMessage());
          continue;
        }
        seen += counts[0];
        queued += counts[1];
        for (String documentId : known.keySet()) {
          if (!present.contains(documentId)) {
            // The job reads the entry again and removes it when Strapi confirms it is gone.
            queue.enqueue(JobKind.SYNC_ENTRY, model.singular(), documentId, null);
            removed++;
          }
        }
      }
      int requeued = 0;
      for (FileStatus status : statuses.findInProgress()) {
        if (!queue.hasJobFor(status.entryDocumentId(), status.fileId())) {
          queue.enqueue(
              JobKind.INDEX_FILE, status.model(), status.entryDocumentId(), status.fileId());
          requeued++;
        }
      }
      ReconcileReport report = new ReconcileReport(seen, queued, removed, requeued);
      log.info("Reconcile: {}", report);
      return report;
    } finally {
      oneAtATime.unlock();
    }
  }

  @Override
  public void start() {
    passes =
        background.scheduleWithFixedDelay(
            this::scheduledPass,
            properties.atStart() ? clock.instant() : clock.instant().plus(properties.interval()),
            properties.interval());
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    ScheduledFuture<?> scheduled = passes;
    if (scheduled != null) {
      // A pass under way finishes (it only queues jobs); no other starts.
      scheduled.cancel(false);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void scheduledPass() {
    try {
      reconcile(false);
    } catch (StrapiUnavailableException e) {
      log.info("Reconcile skipped, Strapi unavailable: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.warn("Reconcile failed", e);
    }
  }
}
