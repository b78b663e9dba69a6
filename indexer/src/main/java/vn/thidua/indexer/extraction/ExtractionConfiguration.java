package vn.thidua.indexer.extraction;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import vn.thidua.indexer.executors.IndexerExecutors;
import vn.thidua.indexer.queue.QueueProperties;

/**
 * The indexer's {@link FileExtractor}: parser processes ({@link ForkedExtractor}), as many as the
 * queue extracts files at once unless set, or the extraction in the indexer's own JVM when {@code
 * indexer.extraction.process.isolated} is false.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

  /**
   * The processes are started in advance on the background pool, and stopped (Spring calls {@code
   * close}) after the queue's worker has stopped.
   */
  @Bean
  FileExtractor fileExtractor(
      ExtractionProperties extraction,
      ParserProcessProperties process,
      QueueProperties queue,
      @Qualifier(IndexerExecutors.TIMERS) ThreadPoolTaskScheduler timers,
      @Qualifier(IndexerExecutors.BACKGROUND) ThreadPoolTaskScheduler background) {
    if (!process.isolated()) {
      return new TextExtractor(extraction)::extract;
    }
    int processes = process.processes() > 0 ? process.processes() : queue.effectiveWorkers();
    ForkedExtractor forked =
        new ForkedExtractor(extraction, process, processes, timers.getScheduledExecutor());
    forked.startInAdvance(background);
    return forked;
  }
}
