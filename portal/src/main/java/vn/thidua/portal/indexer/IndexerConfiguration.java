package vn.thidua.portal.indexer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the indexer client from {@link IndexerProperties}. */
@Configuration(proxyBeanMethods = false)
class IndexerConfiguration {

  @Bean
  IndexerClient indexerClient(IndexerProperties properties) {
    return new IndexerClient(properties);
  }
}
