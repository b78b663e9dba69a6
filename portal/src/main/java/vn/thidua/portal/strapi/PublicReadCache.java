package vn.thidua.portal.strapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public reads kept for a short while, and their last good value kept longer: while Strapi is down,
 * readers get the last good page with a notice instead of an error. After a failure, Strapi is left
 * alone for a few seconds so that readers do not each wait for its timeout.
 */
final class PublicReadCache {

  private static final Logger log = LoggerFactory.getLogger(PublicReadCache.class);
  private static final Duration QUIET_AFTER_FAILURE = Duration.ofSeconds(5);

  private record Slot(Object value, Instant fetchedAt) {}

  private final Clock clock;
  private final Duration freshFor;
  private final Duration staleFor;
  private final Map<String, Slot> entries;
  private volatile @Nullable Instant lastFailure;
  // Keys being read from Strapi right now: while one reader refreshes an entry, the others get
  // the entry they already have instead of all asking Strapi at once when it expires.
  private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

  PublicReadCache(Clock clock, Duration freshFor, Duration staleFor, int maxEntries) {
    this.clock = clock;
    this.freshFor = freshFor;
    this.staleFor = staleFor;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Slot> eldest) {
            return size() > maxEntries;
          }
        };
  }

  @SuppressWarnings("unchecked")
  <T> Cached<T> get(String key, Supplier<T> load) {
    Instant now = clock.instant();
    Slot entry;
    synchronized (entries) {
      entry = entries.get(key);
    }
    if (entry != null && now.isBefore(entry.fetchedAt().plus(freshFor))) {
      return new Cached<>((T) entry.value(), false, entry.fetchedAt());
    }
    Instant failedAt = lastFailure;
    boolean usable = entry != null && now.isBefore(entry.fetchedAt().plus(staleFor));
    if (failedAt != null && now.isBefore(failedAt.plus(QUIET_AFTER_FAILURE))) {
      if (usable) {
        return new Cached<>((T) entry.value(), true, entry.fetchedAt());
      }
      throw new StrapiUnavailableException(
          "Strapi failed at " + failedAt + "; not asked again for " + QUIET_AFTER_FAILURE,
          false,
          null);
    }
    boolean refresher = refreshing.add(key);
    if (!refresher && usable) {
      return new Cached<>((T) entry.value(), false, entry.fetchedAt());
    }
    try {
      T value = load.get();
      synchronized (entries) {
        entries.put(key, new Slot(value, now));
      }
      lastFailure = null;
      return new Cached<>(value, false, now);
    } catch (StrapiUnavailableException
        | StrapiServerException
        | StrapiMalformedResponseException e) {
      lastFailure = now;
      if (usable) {
        log.warn("Serving the last good answer of {}: {}", key, e.getMessage());
        return new Cached<>((T) entry.value(), true, entry.fetchedAt());
      }
      throw e;
    } finally {
      if (refresher) {
        refreshing.remove(key);
      }
    }
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
