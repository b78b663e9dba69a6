package vn.thidua.indexer.search;

/** Elasticsearch could not be asked. */
public class SearchUnavailableException extends RuntimeException {

  SearchUnavailableException(Throwable cause) {
    super("search is unavailable", cause);
  }
}
