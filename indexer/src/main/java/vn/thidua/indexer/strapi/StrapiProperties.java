package vn.thidua.indexer.strapi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Strapi is and how to talk to it.
 *
 * @param url base URL ({@code STRAPI_URL}); media URLs are relative to it
 * @param token read-only API token ({@code STRAPI_INDEXER_TOKEN}), sent as a Bearer token
 * @param pageSize entries per page when listing (Strapi's maximum is 100)
 * @param connectTimeout time to open a connection
 * @param requestTimeout time to the first byte of an answer
 */
@Validated
@ConfigurationProperties("indexer.strapi")
public record StrapiProperties(
    @DefaultValue("http://127.0.0.1:1337") URI url,
    @DefaultValue("") String token,
    @DefaultValue("100") @Min(1) @Max(100) int pageSize,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("60s") Duration requestTimeout) {

  @Override
  public String toString() {
    return "StrapiProperties[url="
        + url
        + ", token="
        + (token.isEmpty() ? "<unset>" : "<set>")
        + "]";
  }
}
