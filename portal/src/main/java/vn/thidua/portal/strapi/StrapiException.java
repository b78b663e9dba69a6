package vn.thidua.portal.strapi;

import org.jspecify.annotations.Nullable;

/**
 * Strapi did not do what was asked. {@link #getMessage()} is for the log (English, technical, never
 * the token or a password); {@link #messageKey()} names the translation a person reads, which says
 * what they can do about it.
 */
public abstract sealed class StrapiException extends RuntimeException
    permits StrapiValidationException,
        StrapiAccessDeniedException,
        StrapiNotFoundException,
        StrapiRequestException,
        StrapiServerException,
        StrapiUnavailableException,
        StrapiMalformedResponseException,
        StrapiUploadSourceException {

  private final String messageKey;
  private final int status;

  StrapiException(String message, String messageKey, int status, @Nullable Throwable cause) {
    super(message, cause);
    this.messageKey = messageKey;
    this.status = status;
  }

  /** Translation key of the message shown to a person. */
  public String messageKey() {
    return messageKey;
  }

  /** Arguments of that message, none by default. */
  public Object[] messageArgs() {
    return new Object[0];
  }

  /** The HTTP status Strapi answered, 0 when there was no answer. */
  public int status() {
    return status;
  }
}
