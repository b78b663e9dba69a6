package vn.thidua.indexer.strapi;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Strapi's health in {@code /actuator/health}. Strapi being down does not stop the indexer (the
 * queue waits and the reconcile pass catches up), so it reports {@code UNKNOWN} with {@code
 * reachable=false} rather than taking the indexer's own health down.
 */
@Component("strapi")
class StrapiHealthIndicator implements HealthIndicator {

  private final StrapiClient client;
  private final StrapiProperties properties;

  StrapiHealthIndicator(StrapiClient client, StrapiProperties properties) {
    this.client = client;
    this.properties = properties;
  }

  @Override
  public Health health() {
    boolean up = client.isUp();
    Health.Builder health = up ? Health.up() : Health.unknown();
    return health
        .withDetail("url", properties.url().toString())
        .withDetail("reachable", up)
        .build();
  }
}
