package vn.thidua.indexer.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The key the portal sends in {@code X-Api-Key}; from {@code INDEXER_API_KEY}. Without a key
 * configured every API call is refused.
 */
@ConfigurationProperties("indexer.api")
public record ApiProperties(@DefaultValue("") String key) {

  @Override
  public String toString() {
    return "ApiProperties[key=" + (key.isEmpty() ? "<unset>" : "<set>") + "]";
  }
}
