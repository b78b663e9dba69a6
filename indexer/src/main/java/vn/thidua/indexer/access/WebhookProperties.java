package vn.thidua.indexer.access;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The secret Strapi sends in {@code X-Webhook-Secret} ({@code INDEXER_WEBHOOK_SECRET}). Without it
 * every webhook is refused.
 */
@Validated
@ConfigurationProperties("indexer.webhook")
public record WebhookProperties(@DefaultValue("") @NotNull String secret) {

  @Override
  public String toString() {
    return "WebhookProperties[secret=" + (secret.isEmpty() ? "<unset>" : "<set>") + "]";
  }
}
