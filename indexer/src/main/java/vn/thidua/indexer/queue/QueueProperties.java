package vn.thidua.indexer.queue;

import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the durable state lives and how hard the worker works.
 *
 * @param dataDir directory of the queue database and temporary downloads ({@code INDEXER_DATA_DIR})
 * @param workers threads that download and extract; 0 means one per core
 * @param maxInFlight jobs started and not finished (extracting or waiting for Elasticsearch); 0
 *     means three per worker
 * @param pollInterval how often the worker looks for due jobs when nobody wakes it
 * @param retryBackoff first pause before a job that failed for a passing reason runs again
 * @param retryBackoffMax longest such pause
 * @param maxAttempts starts of a job, or of the jobs of one file, that did not end well (a failure
 *     for an unknown reason, or the process dying under it) before it is quarantined: the file is
 *     {@code failed} with its reason until an admin retries it ({@code INDEXER_MAX_ATTEMPTS}).
 *     Failures known to pass (Elasticsearch or Strapi down) do not count and are retried without
 *     end
 * @param databaseUrl JDBC URL of a PostgreSQL database shared by several indexers ({@code
 *     INDEXER_DATABASE_URL}); empty: embedded H2 in {@code dataDir}, for one indexer
 * @param databaseUsername the indexer's own role in that database ({@code
 *     INDEXER_DATABASE_USERNAME})
 * @param databasePassword its password ({@code INDEXER_DATABASE_PASSWORD}), from the environment
 * @param lease how long a claimed job stays this indexer's without a sign of life: the indexer
 *     renews it while the job runs; a job whose indexer died is claimed again once its lease has
 *     expired, one attempt more ({@code INDEXER_QUEUE_LEASE})
 * @param instance this indexer's name among those sharing the database ({@code INDEXER_INSTANCE});
 *     empty: the host name and the HTTP port. A restarted indexer takes back at once the jobs it
 *     held under the same name
 */
@Validated
@ConfigurationProperties("indexer.queue")
public record QueueProperties(
    @DefaultValue("./data/indexer") Path dataDir,
    @DefaultValue("0") @Min(0) int workers,
    @DefaultValue("0") @Min(0) int maxInFlight,
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("2s") Duration retryBackoff,
    @DefaultValue("1m") Duration retryBackoffMax,
    @DefaultValue("3") @Min(1) int maxAttempts,
    @DefaultValue("") String databaseUrl,
    @DefaultValue("") String databaseUsername,
    @DefaultValue("") String databasePassword,
    @DefaultValue("1m") Duration lease,
    @DefaultValue("") String instance) {

  /** Whether the queue lives in a shared PostgreSQL database rather than the embedded H2. */
  public boolean sharedDatabase() {
    return !databaseUrl.isBlank();
  }

  @Override
  public String toString() {
    // The record's own toString would print the password.
    return "QueueProperties[dataDir=" + dataDir + ", databaseUrl=" + databaseUrl + "]";
  }

  /** The number of worker threads. */
  public int effectiveWorkers() {
    return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
  }

  /** The number of jobs in flight at most. */
  public int effectiveMaxInFlight() {
    return maxInFlight > 0 ? maxInFlight : effectiveWorkers() * 3;
  }

  /** Where downloads wait for extraction. */
  public Path downloadDir() {
    return dataDir.resolve("tmp");
  }
}
