package vn.thidua.indexer.extraction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.indexer.queue.QueueProperties;

/**
 * The indexer's {@link FileExtractor}: parser processes ({@link ForkedExtractor}), as many as the
 * queue extracts files at once unless set, or the extraction in the indexer's own JVM when {@code
 * indexer.extraction.process.isolated} is false.
 */
@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

  @Bean
  FileExtractor fileExtractor(
      ExtractionProperties extraction, ParserProcessProperties process, QueueProperties queue) {
    if (!process.isolated()) {
      return new TextExtractor(extraction)::extract;
    }
    int processes = process.processes() > 0 ? process.processes() : queue.effectiveWorkers();
    return new ForkedExtractor(extraction, process, processes);
  }
}
