package vn.thidua.indexer.access;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The key the portal sends in {@code X-Api-Key}; from {@code INDEXER_API_KEY}. Without a key
 * configured every API call is refused.
 */
@Validated
@ConfigurationProperties("indexer.api")
public record ApiProperties(@DefaultValue("") @NotNull String key) {

  @Override
  public String toString() {
    return "ApiProperties[key=" + (key.isEmpty() ? "<unset>" : "<set>") + "]";
  }
}
