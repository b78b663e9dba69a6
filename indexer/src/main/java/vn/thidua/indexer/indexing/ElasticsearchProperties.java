package vn.thidua.indexer.indexing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Elasticsearch connection and write settings.
 *
 * @param urls the nodes of the cluster ({@code ES_URL}): one URL, or several separated by commas
 *     ({@code http://es1:9200,http://es2:9200}); the client spreads requests over all of them and
 *     sends a request to another node when one does not answer
 * @param indexAlias the alias searched and written ({@code ES_INDEX_ALIAS}); it points at the
 *     concrete index {@code <alias>-v<N>} of the newest mapping
 * @param username basic-auth user, empty for none
 * @param password basic-auth password
 * @param apiKey an Elasticsearch API key, empty for none
 * @param shards primary shards of a new index ({@code ES_SHARDS}); one is right up to tens of
 *     gigabytes of evidence (see the capacity plan in the README)
 * @param replicas replicas of a new index ({@code ES_REPLICAS}): 0 on a single node, 1 on a cluster
 *     of three, so that losing one node loses no page and no search
 * @param requestTimeout how long to wait for an answer before the request counts as failed
 * @param bulkMaxOperations documents per bulk request
 * @param bulkFlushInterval how long a document waits for a bulk request to fill up
 * @param bulkConcurrentRequests bulk requests in flight at once
 * @param retries attempts after the first for a document refused with 429/5xx or lost in transit
 * @param retryBackoff first pause before a retry, doubled each time
 * @param retryBackoffMax longest pause before a retry
 */
@Validated
@ConfigurationProperties("indexer.elasticsearch")
public record ElasticsearchProperties(
    @DefaultValue("http://127.0.0.1:9200") @NotEmpty List<URI> urls,
    @DefaultValue("thidua-evidence") @NotBlank String indexAlias,
    @DefaultValue("") String username,
    @DefaultValue("") String password,
    @DefaultValue("") String apiKey,
    @DefaultValue("1") @Min(1) int shards,
    @DefaultValue("0") @Min(0) int replicas,
    @DefaultValue("30s") Duration requestTimeout,
    @DefaultValue("500") @Min(1) int bulkMaxOperations,
    @DefaultValue("200ms") Duration bulkFlushInterval,
    @DefaultValue("2") @Min(1) int bulkConcurrentRequests,
    @DefaultValue("5") @Min(0) int retries,
    @DefaultValue("500ms") Duration retryBackoff,
    @DefaultValue("30s") Duration retryBackoffMax) {

  public ElasticsearchProperties {
    urls = List.copyOf(urls);
  }

  @Override
  public String toString() {
    return "ElasticsearchProperties[urls=" + urls + ", indexAlias=" + indexAlias + "]";
  }
}
