package vn.thidua.indexer.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret Strapi sends in {@code X-Webhook-Secret} ({@code INDEXER_WEBHOOK_SECRET}). Without it
 * every webhook is refused.
 */
@ConfigurationProperties("indexer.webhook")
public record WebhookProperties(@DefaultValue("") String secret) {

  @Override
  public String toString() {
    return "WebhookProperties[secret=" + (secret.isEmpty() ? "<unset>" : "<set>") + "]";
  }
}
