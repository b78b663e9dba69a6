package vn.thidua.portal.strapi;

import java.time.Instant;
import java.util.function.Function;

/**
 * A public read and how fresh it is.
 *
 * @param stale true when Strapi could not be reached and this is the last good answer: the view
 *     says so (see the shell's stale-content notice)
 * @param fetchedAt when Strapi gave this answer
 */
public record Cached<T>(T value, boolean stale, Instant fetchedAt) {

  public <R> Cached<R> map(Function<? super T, ? extends R> mapper) {
    return new Cached<>(mapper.apply(value), stale, fetchedAt);
  }
}
