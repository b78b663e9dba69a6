package vn.thidua.indexer.queue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import vn.thidua.indexer.executors.ExecutorProperties;
import vn.thidua.indexer.executors.IndexerExecutors;

/**
 * Runs due jobs: one dispatcher thread claims them and hands them to a pool of {@link
 * QueueProperties#effectiveWorkers()} threads; at most {@link
 * QueueProperties#effectiveMaxInFlight()} jobs are in flight, so extraction of the next files
 * overlaps with the indexing of the previous ones while memory stays bounded. A job that concerns a
 * whole entry never runs beside another job of the same entry. Each start of a job (and of a file)
 * is counted before it runs; one that failed or was running when the process died stays counted,
 * and the {@link Quarantine} takes out a job at its limit instead of starting it again. While jobs
 * run, their lease in the database is renewed every third of its length, so other indexers sharing
 * the queue leave them alone; when this process dies, the renewals stop and they take them over.
 */
@Component
class QueueWorker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(QueueWorker.class);

  private final JobQueue queue;
  private final FileStatusStore statuses;
  private final JobHandler handler;
  private final Quarantine quarantine;
  private final QueueProperties properties;
  private final Clock clock;
  private final Semaphore inFlight;
  private final Map<String, int[]> runningByEntry = new HashMap<>();
  private final Set<Long> runningIds = ConcurrentHashMap.newKeySet();
  private final AtomicInteger active = new AtomicInteger();
  private final TaskExecutor workers;
  private final TaskExecutor dispatcher;
  private final TaskScheduler timers;
  private final Duration shutdownGrace;
  private volatile boolean running;
  private volatile @Nullable Thread dispatching;
  private CountDownLatch dispatcherDone = new CountDownLatch(0);
  private @Nullable ScheduledFuture<?> leases;

  QueueWorker(
      JobQueue queue,
      FileStatusStore statuses,
      JobHandler handler,
      Quarantine quarantine,
      QueueProperties properties,
      Clock clock,
      @Qualifier(IndexerExecutors.JOB_WORKERS) TaskExecutor workers,
      @Qualifier(IndexerExecutors.QUEUE_DISPATCHER) TaskExecutor dispatcher,
      @Qualifier(IndexerExecutors.TIMERS) TaskScheduler timers,
      ExecutorProperties executors) {
    this.queue = queue;
    this.statuses = statuses;
    this.handler = handler;
    this.quarantine = quarantine;
    this.properties = properties;
    this.clock = clock;
    this.workers = workers;
    this.dispatcher = dispatcher;
    this.timers = timers;
    this.shutdownGrace = executors.shutdownGrace();
    this.inFlight = new Semaphore(properties.effectiveMaxInFlight());
  }

  @Override
  public void start() {
    int jobs = queue.requeueRunning();
    int files = statuses.requeueInProgress();
    if (jobs > 0 || files > 0) {
      log.info("Resuming after an interruption: {} jobs and {} files queued again", jobs, files);
    }
    cleanDownloads();
    running = true;
    Duration renewEvery = Duration.ofMillis(Math.max(1, queue.lease().toMillis() / 3));
    leases =
        timers.scheduleWithFixedDelay(
            this::renewLeases, clock.instant().plus(renewEvery), renewEvery);
    CountDownLatch done = new CountDownLatch(1);
    dispatcherDone = done;
    dispatcher.execute(
        () -> {
          dispatching = Thread.currentThread();
          try {
            dispatch();
          } finally {
            dispatching = null;
            done.countDown();
          }
        });
  }

  private void renewLeases() {
    if (runningIds.isEmpty()) {
      return;
    }
    try {
      queue.renewLeases();
    } catch (RuntimeException e) {
      log.warn("Could not renew the lease of the running jobs: {}", e.toString());
    }
  }

  /**
   * Claims nothing more, waits up to the grace for the running jobs (their leases still renewed),
   * then puts those still running back in the queue.
   */
  @Override
  public void stop() {
    running = false;
    queue.wakeUp();
    Thread loop = dispatching;
    if (loop != null) {
      loop.interrupt();
    }
    try {
      if (!dispatcherDone.await(5, TimeUnit.SECONDS)) {
        log.warn("The queue's dispatcher did not stop within 5 s");
      }
      long deadline = System.nanoTime() + shutdownGrace.toNanos();
      synchronized (this) {
        while (active.get() > 0 && System.nanoTime() < deadline) {
          TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, deadline - System.nanoTime()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    giveBackRunning();
    ScheduledFuture<?> renewals = leases;
    if (renewals != null) {
      renewals.cancel(false);
    }
  }

  private void giveBackRunning() {
    List<Long> left = List.copyOf(runningIds);
    if (left.isEmpty()) {
      return;
    }
    try {
      int returned = queue.giveBack(left);
      log.info(
          "Stopping: {} running jobs put back in the queue after {} s ({} still ours)",
          left.size(),
          shutdownGrace.toSeconds(),
          returned);
    } catch (RuntimeException e) {
      // The next start (or, on a shared queue, another indexer after the lease) takes them.
      log.warn("Stopping: could not put {} running jobs back: {}", left.size(), e.toString());
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Jobs started and not finished. */
  int active() {
    return active.get();
  }

  private void dispatch() {
    while (running) {
      try {
        int started = dispatchDue();
        if (started == 0) {
          queue.awaitWork(properties.pollInterval().toMillis());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        log.warn("Queue dispatcher: {}", e.toString());
        sleepQuietly(properties.pollInterval());
      }
    }
  }

  private int dispatchDue() throws InterruptedException {
    inFlight.acquire();
    inFlight.release();
    int free = inFlight.availablePermits();
    List<Job> due = queue.due(free * 4 + 16);
    int started = 0;
    int quarantined = 0;
    for (Job job : due) {
      if (started >= free || !running) {
        break;
      }
      if (runningIds.contains(job.id()) || !mayStart(job)) {
        // Still running here (a lease that lapsed while this process was stalled) or blocked by
        // a job of the same entry.
        continue;
      }
      if (quarantine.exhausted(job)) {
        quarantine.isolate(job);
        quarantined++;
        continue;
      }
      if (!queue.claim(job)) {
        continue;
      }
      Job run = job.started();
      if (isFile(run)) {
        statuses.countAttempt(run.fileId(), run.entryDocumentId());
      }
      inFlight.acquire();
      runningIds.add(run.id());
      markStarted(run);
      started++;
      active.incrementAndGet();
      try {
        workers.execute(() -> run(run));
      } catch (TaskRejectedException rejected) {
        // The pool is full (it holds as many as may be in flight, so only a pool shutting down
        // refuses): the job goes back to wait, its start not counted.
        finished(run);
        notStarted(run);
        started--;
        break;
      }
    }
    return started + quarantined;
  }

  private void run(Job job) {
    CompletableFuture<Void> work;
    try {
      work = handler.handle(job).toCompletableFuture();
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // An error the worker survives (the heap freed once the file's objects are gone) is a
      // failed attempt of this job, not of the process.
      work = CompletableFuture.failedFuture(e);
    }
    work.whenComplete(
        (ok, failure) -> {
          try {
            if (failure != null && !running) {
              // Cut short by the shutdown (the parser processes stopped): not the job's failure.
              // It goes back to the queue, its start counted, as the stop does with those still
              // running after the grace.
              queue.giveBack(List.of(job.id()));
              return;
            }
            if (failure == null) {
              queue.complete(job.id());
              if (isFile(job)) {
                statuses.clearAttempts(job.fileId(), job.entryDocumentId());
              }
            } else {
              failed(job, unwrap(failure));
            }
          } catch (RuntimeException e) {
            log.warn("Could not record the end of job {}: {}", job.id(), e.toString());
          } finally {
            finished(job);
          }
        });
  }

  private void notStarted(Job job) {
    try {
      queue.reschedule(
          job.id(), job.attempts() - 1, job.retries(), clock.instant(), "not started: pool full");
      if (isFile(job)) {
        statuses.releaseAttempt(job.fileId(), job.entryDocumentId());
      }
    } catch (RuntimeException e) {
      log.warn("Could not put job {} back: {}", job.id(), e.toString());
    }
  }

  /** {@code job.attempts()} includes this start. */
  private void failed(Job job, Throwable failure) {
    String error = String.valueOf(failure.getMessage());
    if (failure instanceof RetryLaterException) {
      // A service down is not the job's fault: the start is given back, and it waits longer.
      int retries = job.retries() + 1;
      if (isFile(job)) {
        statuses.releaseAttempt(job.fileId(), job.entryDocumentId());
      }
      Duration pause = backoff(retries);
      log.info(
          "Job {} {} will run again in {} s: {}", job.id(), job.kind(), pause.toSeconds(), error);
      queue.reschedule(job.id(), job.attempts() - 1, retries, clock.instant().plus(pause), error);
      return;
    }
    if (job.attempts() >= properties.maxAttempts()) {
      log.error("Giving up job {} after {} attempts", job, job.attempts(), failure);
      handler.abandoned(job, failure);
      queue.complete(job.id());
      return;
    }
    Duration pause = backoff(job.attempts());
    log.warn("Job {} failed, attempt {}: {}", job, job.attempts(), failure.toString());
    queue.reschedule(job.id(), job.attempts(), job.retries(), clock.instant().plus(pause), error);
  }

  private static boolean isFile(Job job) {
    return job.kind() == JobKind.INDEX_FILE && job.fileId() != null;
  }

  private Duration backoff(int attempts) {
    long millis = properties.retryBackoff().toMillis() << Math.min(attempts - 1, 20);
    return Duration.ofMillis(Math.min(millis, properties.retryBackoffMax().toMillis()));
  }

  private synchronized boolean mayStart(Job job) {
    int[] counts = runningByEntry.get(job.entryDocumentId());
    if (counts == null) {
      return true;
    }
    // counts[0]: whole-entry jobs running, counts[1]: any jobs running.
    return job.kind().wholeEntry() ? counts[1] == 0 : counts[0] == 0;
  }

  private synchronized void markStarted(Job job) {
    int[] counts = runningByEntry.computeIfAbsent(job.entryDocumentId(), k -> new int[2]);
    if (job.kind().wholeEntry()) {
      counts[0]++;
    }
    counts[1]++;
  }

  private void finished(Job job) {
    synchronized (this) {
      int[] counts = runningByEntry.get(job.entryDocumentId());
      if (counts != null) {
        if (job.kind().wholeEntry()) {
          counts[0]--;
        }
        if (--counts[1] == 0) {
          runningByEntry.remove(job.entryDocumentId());
        }
      }
    }
    runningIds.remove(job.id());
    active.decrementAndGet();
    inFlight.release();
    queue.wakeUp();
    synchronized (this) {
      // A stop waiting for the running jobs looks again.
      notifyAll();
    }
  }

  private void cleanDownloads() {
    Path dir = properties.downloadDir();
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(
          f -> {
            try {
              Files.deleteIfExists(f);
            } catch (IOException e) {
              log.debug("Could not delete {}", f);
            }
          });
    } catch (IOException e) {
      log.warn("Could not clean {}: {}", dir, e.toString());
    }
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static void sleepQuietly(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
