package vn.thidua.indexer.search;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cache of search results ({@link SearchCache}).
 *
 * @param cacheSize results kept, the least recently used dropped first; 0 turns the cache off
 * @param cacheTtl the longest a result is kept, whatever happens to the index
 * @param visibilityDelay how long after a write a search may still miss it: Elasticsearch shows a
 *     write at its next refresh, every second ({@code refresh_interval} of the mapping), later when
 *     a refresh is slow under load; five seconds leaves that margin
 */
@Validated
@ConfigurationProperties("indexer.search")
public record SearchProperties(
    @DefaultValue("2000") @Min(0) int cacheSize,
    @DefaultValue("5m") @NotNull Duration cacheTtl,
    @DefaultValue("5s") @NotNull Duration visibilityDelay) {}
