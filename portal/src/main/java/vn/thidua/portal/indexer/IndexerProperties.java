package vn.thidua.portal.indexer;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the portal reaches the indexer.
 *
 * @param apiKey sent as {@code X-Api-Key} on every call; server side only
 */
@Validated
@ConfigurationProperties("portal.indexer")
public record IndexerProperties(
    @NotNull URI url,
    String apiKey,
    @NotNull Duration connectTimeout,
    @NotNull Duration readTimeout) {

  public IndexerProperties {
    apiKey = apiKey == null ? "" : apiKey.strip();
  }

  @Override
  public String toString() {
    return "IndexerProperties[url=%s, apiKey=%s]"
        .formatted(url, apiKey.isEmpty() ? "(none)" : "(set)");
  }
}
