package vn.thidua.indexer.indexing;

/**
 * Writing to Elasticsearch failed. {@link #isTransient()} says whether trying again later may help
 * (no answer, 429, 5xx) or not (a 4xx such as a mapping error).
 */
public class IndexingException extends RuntimeException {

  private final boolean transientFailure;

  private IndexingException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  static IndexingException transientFailure(String message, Throwable cause) {
    return new IndexingException(message, true, cause);
  }

  static IndexingException transientFailure(String message) {
    return new IndexingException(message, true, null);
  }

  static IndexingException permanent(String message) {
    return new IndexingException(message, false, null);
  }

  static IndexingException permanent(String message, Throwable cause) {
    return new IndexingException(message, false, cause);
  }

  public boolean isTransient() {
    return transientFailure;
  }
}
