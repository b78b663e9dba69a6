package vn.thidua.indexer.queue;

/**
 * A job could not finish for a reason that passes (Elasticsearch or Strapi down): it runs again
 * after a backoff, as often as needed.
 */
public class RetryLaterException extends RuntimeException {

  public RetryLaterException(String message, Throwable cause) {
    super(message, cause);
  }
}
