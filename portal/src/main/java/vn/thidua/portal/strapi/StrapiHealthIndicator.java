package vn.thidua.portal.strapi;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports as {@code strapi} whether Strapi answers its health check (204 when up). */
@Component("strapi")
class StrapiHealthIndicator extends AbstractHealthIndicator {

  private final StrapiClient strapi;

  StrapiHealthIndicator(StrapiClient strapi) {
    super("Strapi health check failed");
    this.strapi = strapi;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    try {
      int status = strapi.healthStatus();
      (status == 204 || status == 200 ? builder.up() : builder.down()).withDetail("status", status);
    } catch (StrapiUnavailableException e) {
      builder.down().withDetail("error", "Strapi does not answer");
    }
  }
}
