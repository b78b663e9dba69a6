package vn.thidua.portal.indexer;

import java.util.Optional;

/** What the indexer answered, or that it could not be asked. */
public sealed interface IndexerResult<T> {

  /** The indexer answered. */
  record Available<T>(T value) implements IndexerResult<T> {}

  /**
   * The indexer (or its Elasticsearch) did not answer; the view shows {@code messageKey}.
   *
   * @param reason for the log, technical
   */
  record Unavailable<T>(String messageKey, String reason) implements IndexerResult<T> {
    public Unavailable(String reason) {
      this("search.unavailable", reason);
    }
  }

  default Optional<T> available() {
    return this instanceof Available<T>(T value) ? Optional.of(value) : Optional.empty();
  }

  default boolean isAvailable() {
    return this instanceof Available<T>;
  }
}
