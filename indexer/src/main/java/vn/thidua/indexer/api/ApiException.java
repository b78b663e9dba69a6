package vn.thidua.indexer.api;

import org.jspecify.annotations.Nullable;

/** A request that ends in one of the API's {@link ApiError}s; {@link ApiErrors} answers it. */
public class ApiException extends RuntimeException {

  private final ApiError error;

  public ApiException(ApiError error) {
    this(error, null);
  }

  public ApiException(ApiError error, @Nullable Throwable cause) {
    super(error.english(), cause);
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
