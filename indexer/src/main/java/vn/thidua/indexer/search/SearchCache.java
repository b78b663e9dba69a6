package vn.thidua.indexer.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.indexing.EvidenceIndex;

/**
 * Search results kept until the index changes. People search the same words again and again (the
 * movement's names, a unit, a model), and the page they read already answers the search in full:
 * Elasticsearch's request cache keeps only the query phase, and the fetch and the highlighting of
 * each hit would run again.
 *
 * <p>A result stays good until the next write to the index ({@link EvidenceIndex#lastChangeNanos},
 * the indexer being the only writer), and a result computed less than {@code visibilityDelay} after
 * a write is never served, since it may have missed that write. {@code cacheTtl} bounds what a
 * writer the indexer does not know of could leave stale.
 */
@Component
public class SearchCache {

  private final LongSupplier lastChange;
  private final Ticker clock;
  private final long visibilityDelayNanos;
  private final Cache<Key, Stored> results;
  private final AtomicLong served = new AtomicLong();

  @Autowired
  SearchCache(EvidenceIndex index, SearchProperties properties) {
    this(index::lastChangeNanos, properties, Ticker.systemTicker());
  }

  /**
   * @param clock {@link System#nanoTime()} in production, as {@code lastChange} is: when a result
   *     was computed, and when the cache lets it expire
   */
  SearchCache(LongSupplier lastChange, SearchProperties properties, Ticker clock) {
    this.lastChange = lastChange;
    this.clock = clock;
    this.visibilityDelayNanos = properties.visibilityDelay().toNanos();
    this.results =
        Caffeine.newBuilder()
            .maximumSize(properties.cacheSize())
            .expireAfterWrite(properties.cacheTtl())
            .ticker(clock)
            .executor(Runnable::run)
            .build();
  }

  /** The kept result of this search for this caller, or the one {@code search} computes now. */
  SearchResult get(SearchQuery query, Caller caller, Supplier<SearchResult> search) {
    Key key = new Key(query, caller);
    Stored stored = results.getIfPresent(key);
    if (stored != null && stored.computedNanos - lastChange.getAsLong() > visibilityDelayNanos) {
      served.incrementAndGet();
      return stored.result;
    }
    long started = clock.read();
    SearchResult result = search.get();
    results.put(key, new Stored(result, started));
    return result;
  }

  /** How many searches were answered from the kept results since the start. */
  public long served() {
    return served.get();
  }

  /** Forgets every kept result (the benchmark measures with and without them). */
  public void clear() {
    results.invalidateAll();
  }

  private record Key(SearchQuery query, Caller caller) {}

  private record Stored(SearchResult result, long computedNanos) {}
}
