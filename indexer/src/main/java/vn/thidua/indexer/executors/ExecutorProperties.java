package vn.thidua.indexer.executors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The indexer's thread pools. The number of job workers and of jobs in flight are the queue's
 * ({@code indexer.queue.workers}, {@code indexer.queue.max-in-flight}).
 *
 * @param virtualWorkers whether the job workers are virtual threads: a job mostly waits (the
 *     download from Strapi, the parser process's answer, Elasticsearch), and the parsing itself
 *     runs in the parser processes. {@code false} gives platform threads, for reading in the
 *     indexer's own JVM ({@code indexer.extraction.process.isolated=false})
 * @param timerThreads threads of the timers: lease renewals, Elasticsearch retries, the deadlines
 *     of parser processes; short tasks only
 * @param shutdownGrace how long a stopping indexer lets its running jobs finish ({@code
 *     INDEXER_SHUTDOWN_GRACE}); those still running then go back to the queue for the next start or
 *     another indexer, their start counted. Keep it under the supervisor's stop timeout (Docker's
 *     10 s unless {@code stop_grace_period}, systemd's 90 s)
 */
@Validated
@ConfigurationProperties("indexer.executors")
public record ExecutorProperties(
    @DefaultValue("true") boolean virtualWorkers,
    @DefaultValue("2") @Min(1) @Max(16) int timerThreads,
    @DefaultValue("8s") @NotNull Duration shutdownGrace) {

  /** The defaults, for tests and tools that run without Spring. */
  public static ExecutorProperties defaults() {
    return new ExecutorProperties(true, 2, Duration.ofSeconds(8));
  }
}
