package vn.thidua.indexer.strapi;

/** Strapi did not answer, answered 5xx or 429, or timed out: try again later. */
public class StrapiUnavailableException extends RuntimeException {

  public StrapiUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StrapiUnavailableException(String message) {
    super(message);
  }
}
