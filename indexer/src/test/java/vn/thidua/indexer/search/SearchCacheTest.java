package vn.thidua.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.thidua.indexer.access.Caller;
import vn.thidua.indexer.access.Role;

class SearchCacheTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final AtomicLong now = new AtomicLong(100 * SECOND);
  private final AtomicLong lastWrite = new AtomicLong(0);
  private final AtomicInteger searches = new AtomicInteger();

  private SearchCache cache(int size) {
    return new SearchCache(
        lastWrite::get,
        new SearchProperties(size, Duration.ofMinutes(5), Duration.ofSeconds(2)),
        now::get);
  }

  private SearchResult search(SearchCache cache, String words, Caller caller) {
    return cache.get(
        SearchQuery.of(words),
        caller,
        () -> new SearchResult(searches.incrementAndGet(), 0, 10, List.of(), Map.of()));
  }

  @Test
  void the_same_words_again_are_answered_without_searching_while_the_index_is_unchanged() {
    SearchCache cache = cache(100);

    SearchResult first = search(cache, "cam bien do man", Caller.ANONYMOUS);
    now.addAndGet(30 * SECOND);
    SearchResult again = search(cache, "cam bien do man", Caller.ANONYMOUS);

    assertThat(again).isSameAs(first);
    assertThat(searches).hasValue(1);
  }

  @Test
  void a_write_to_the_index_makes_the_next_search_run_again() {
    SearchCache cache = cache(100);
    search(cache, "cam bien do man", Caller.ANONYMOUS);

    now.addAndGet(SECOND);
    lastWrite.set(now.get());
    now.addAndGet(10 * SECOND);
    SearchResult after = search(cache, "cam bien do man", Caller.ANONYMOUS);

    assertThat(searches).hasValue(2);
    assertThat(after.total()).isEqualTo(2);
  }

  @Test
  void a_result_computed_before_the_refresh_that_shows_a_write_is_not_kept() {
    SearchCache cache = cache(100);
    lastWrite.set(now.get());
    now.addAndGet(SECOND / 2);
    search(cache, "cam bien do man", Caller.ANONYMOUS);

    now.addAndGet(10 * SECOND);
    search(cache, "cam bien do man", Caller.ANONYMOUS);
    search(cache, "cam bien do man", Caller.ANONYMOUS);

    assertThat(searches).as("the first may have missed the write; the second is kept").hasValue(2);
  }

  @Test
  void callers_who_see_different_documents_never_share_a_result() {
    SearchCache cache = cache(100);

    search(cache, "cam bien do man", new Caller(Role.UNIT, "unit-a"));
    search(cache, "cam bien do man", new Caller(Role.UNIT, "unit-b"));
    search(cache, "cam bien do man", Caller.ANONYMOUS);
    search(cache, "cam bien do man", new Caller(Role.UNIT, "unit-a"));

    assertThat(searches).hasValue(3);
  }

  @Test
  void a_result_is_dropped_after_its_time_to_live_and_a_size_of_zero_keeps_none() {
    SearchCache cache = cache(100);
    search(cache, "cam bien do man", Caller.ANONYMOUS);
    now.addAndGet(Duration.ofMinutes(6).toNanos());
    search(cache, "cam bien do man", Caller.ANONYMOUS);
    assertThat(searches).hasValue(2);

    SearchCache none = cache(0);
    search(none, "cam bien do man", Caller.ANONYMOUS);
    search(none, "cam bien do man", Caller.ANONYMOUS);
    assertThat(searches).hasValue(4);
  }
}
