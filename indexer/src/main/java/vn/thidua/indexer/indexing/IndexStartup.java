package vn.thidua.indexer.indexing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Applies the mapping as soon as the application has started. If Elasticsearch is not up yet the
 * application still starts; the queue's jobs prepare the index when it comes.
 */
@Component
class IndexStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

  private final EvidenceIndex index;

  IndexStartup(EvidenceIndex index) {
    this.index = index;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      index.ensureReady();
    } catch (IndexingException e) {
      log.warn(
          "Index not ready at start ({}); it will be prepared when Elasticsearch answers",
          e.getMessage());
    }
  }
}
