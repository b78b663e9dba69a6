package vn.thidua.portal.strapi;

import org.jspecify.annotations.Nullable;

/** Strapi did not answer: connection refused or dropped, or no answer within the timeout. */
public final class StrapiUnavailableException extends StrapiException {

  private final boolean timeout;

  StrapiUnavailableException(String message, boolean timeout, @Nullable Throwable cause) {
    super(message, "strapi.error.unavailable", 0, cause);
    this.timeout = timeout;
  }

  /** True when Strapi was reached but took too long. */
  public boolean isTimeout() {
    return timeout;
  }
}
