package vn.thidua.indexer.queue;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The queue in {@code /actuator/health}: depth, jobs retrying, and files per state. */
@Component("queue")
class QueueHealthIndicator implements HealthIndicator {

  private final JobQueue queue;
  private final FileStatusStore statuses;

  QueueHealthIndicator(JobQueue queue, FileStatusStore statuses) {
    this.queue = queue;
    this.statuses = statuses;
  }

  @Override
  public Health health() {
    try {
      Map<String, Long> files = statuses.countByState();
      return Health.up()
          .withDetail("depth", queue.depth())
          .withDetail("running", queue.running())
          .withDetail("retrying", queue.retrying())
          .withDetail("failed", files.getOrDefault("failed", 0L))
          .withDetail("refused", files.getOrDefault("refused", 0L))
          .withDetail("files", files)
          .build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
