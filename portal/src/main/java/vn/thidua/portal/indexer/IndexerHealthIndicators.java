package vn.thidua.portal.indexer;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reports as {@code indexer} whether the indexer answers, and as {@code elasticsearch} whether the
 * Elasticsearch behind it does (the portal reaches Elasticsearch only through the indexer).
 */
@Configuration(proxyBeanMethods = false)
class IndexerHealthIndicators {

  @Bean("indexer")
  HealthIndicator indexerHealthIndicator(IndexerClient indexer) {
    return () ->
        switch (indexer.health()) {
          case IndexerResult.Available<IndexerHealth>(IndexerHealth health) ->
              Health.status(health.status()).build();
          case IndexerResult.Unavailable<IndexerHealth> u ->
              Health.down().withDetail("error", "The indexer does not answer").build();
        };
  }

  @Bean("elasticsearch")
  HealthIndicator elasticsearchHealthIndicator(IndexerClient indexer) {
    return () ->
        switch (indexer.health()) {
          case IndexerResult.Available<IndexerHealth>(IndexerHealth health)
              when health.elasticsearch() != null ->
              Health.status(health.elasticsearch()).build();
          case IndexerResult.Available<IndexerHealth> a ->
              Health.unknown().withDetail("error", "The indexer does not report it").build();
          case IndexerResult.Unavailable<IndexerHealth> u ->
              Health.unknown().withDetail("error", "The indexer does not answer").build();
        };
  }
}
