package vn.thidua.indexer.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cache of search results ({@link SearchCache}).
 *
 * @param cacheSize results kept, the least recently used dropped first; 0 turns the cache off
 * @param cacheTtl the longest a result is kept, whatever happens to the index
 * @param visibilityDelay how long after a write a search may still miss it: Elasticsearch shows a
 *     write at its next refresh, every second ({@code refresh_interval} of the mapping), later when
 *     a refresh is slow under load; five seconds leaves that margin
 */
@ConfigurationProperties("indexer.search")
public record SearchProperties(
    @DefaultValue("2000") int cacheSize,
    @DefaultValue("5m") Duration cacheTtl,
    @DefaultValue("5s") Duration visibilityDelay) {}
