package vn.thidua.indexer.executors;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The indexer's thread pools, each a bean that Spring starts and shuts down, each bounded in
 * threads and in waiting tasks, each named after its work (thread dumps and logs say who is busy).
 * Inject one by its name ({@code @Qualifier(IndexerExecutors.TIMERS)}). The queue's two pools are
 * made by the queue ({@code QueueConfiguration}) with the methods here, since their size is the
 * queue's; tests and tools make the same pools with them and shut them down themselves.
 *
 * <table>
 *   <caption>The pools</caption>
 *   <tr><th>bean</th><th>threads</th><th>waiting tasks</th><th>when full</th></tr>
 *   <tr><td>{@value #JOB_WORKERS}</td><td>{@code indexer.queue.workers} (virtual)</td>
 *       <td>{@code indexer.queue.max-in-flight}</td><td>refused ({@code TaskRejectedException});
 *       the dispatcher never hands out more than that, and puts a refused job back</td></tr>
 *   <tr><td>{@value #QUEUE_DISPATCHER}</td><td>1</td><td>0</td><td>refused</td></tr>
 *   <tr><td>{@value #TIMERS}</td><td>{@code timer-threads}</td><td>unbounded delayed tasks, a
 *       few per running job</td><td>–</td></tr>
 *   <tr><td>{@value #BACKGROUND}</td><td>1</td><td>unbounded delayed tasks (one reconcile
 *       schedule, one start of the parser processes)</td><td>–</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
public class IndexerExecutors {

  /** Runs the queue's jobs: download, parse (in a parser process), facts, hand to Elasticsearch. */
  public static final String JOB_WORKERS = "jobWorkers";

  /** The queue's one dispatcher loop: claims due jobs and hands them to the workers. */
  public static final String QUEUE_DISPATCHER = "queueDispatcher";

  /** Short timed tasks: lease renewals, Elasticsearch retries, parser process deadlines. */
  public static final String TIMERS = "timers";

  /** Long tasks nobody waits for: reconcile passes, parser processes started in advance. */
  public static final String BACKGROUND = "background";

  @Bean(TIMERS)
  ThreadPoolTaskScheduler timers(ExecutorProperties properties) {
    return scheduler("indexer-timer-", properties.timerThreads(), false);
  }

  @Bean(BACKGROUND)
  ThreadPoolTaskScheduler background() {
    return scheduler("indexer-background-", 1, false);
  }

  /**
   * The job workers: {@code threads} threads and {@code waiting} tasks waiting for one; a task
   * beyond them is refused, never queued without bound nor run on the caller's thread. Shut down
   * after the queue's worker has stopped (it waits for its jobs itself), so it only ends what is
   * left after the grace.
   */
  public static ThreadPoolTaskExecutor jobWorkers(
      int threads, int waiting, ExecutorProperties properties) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("job-worker-");
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setQueueCapacity(waiting);
    executor.setVirtualThreads(properties.virtualWorkers());
    executor.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
    shutDownAfterLifecycle(executor, properties);
    executor.initialize();
    return executor;
  }

  /** The queue's dispatcher: one thread for one loop, nothing waiting. */
  public static ThreadPoolTaskExecutor queueDispatcher(ExecutorProperties properties) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("queue-dispatcher-");
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(0);
    shutDownAfterLifecycle(executor, properties);
    executor.initialize();
    return executor;
  }

  /** A scheduler of {@code threads} platform threads named {@code prefix}. */
  public static ThreadPoolTaskScheduler scheduler(String prefix, int threads, boolean daemon) {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix(prefix);
    scheduler.setPoolSize(threads);
    scheduler.setDaemon(daemon);
    // A cancelled timer (a parser process that answered in time) leaves the queue at once rather
    // than at its deadline.
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setWaitForTasksToCompleteOnShutdown(false);
    scheduler.setAcceptTasksAfterContextClose(true);
    scheduler.initialize();
    return scheduler;
  }

  private static void shutDownAfterLifecycle(
      ThreadPoolTaskExecutor executor, ExecutorProperties properties) {
    // Not stopped early at the context's close: the queue's worker, a lifecycle bean, stops
    // first and waits for its jobs; this pool is shut down afterwards, with the grace again for
    // whatever is left.
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationMillis(properties.shutdownGrace().toMillis());
  }
}
