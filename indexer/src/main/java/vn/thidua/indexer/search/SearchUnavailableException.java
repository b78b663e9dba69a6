package vn.thidua.indexer.search;

import vn.thidua.indexer.api.ApiError;
import vn.thidua.indexer.api.ApiException;

/** Elasticsearch could not be asked: the API answers 503 {@code search_unavailable}. */
public class SearchUnavailableException extends ApiException {

  SearchUnavailableException(Throwable cause) {
    super(ApiError.SEARCH_UNAVAILABLE, cause);
  }
}
