package vn.thidua.indexer.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Elasticsearch in {@code /actuator/health}, from {@code _cluster/health}. */
@Component("elasticsearch")
class ElasticsearchHealthIndicator implements HealthIndicator {

  private final ElasticsearchClient client;
  private final ElasticsearchProperties properties;
  private final EvidenceIndex index;

  ElasticsearchHealthIndicator(
      ElasticsearchClient client, ElasticsearchProperties properties, EvidenceIndex index) {
    this.client = client;
    this.properties = properties;
    this.index = index;
  }

  @Override
  public Health health() {
    try {
      HealthResponse response = client.cluster().health();
      Health.Builder health = response.status() == HealthStatus.Red ? Health.down() : Health.up();
      return health
          .withDetail("cluster", response.clusterName())
          .withDetail("status", response.status().jsonValue())
          .withDetail("alias", properties.indexAlias())
          .withDetail("indexReady", index.isReady())
          .build();
    } catch (Exception e) {
      return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
