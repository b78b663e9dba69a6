package vn.thidua.portal.strapi;

import org.jspecify.annotations.Nullable;

/** Strapi answered, but not with the JSON the content model promises. */
public final class StrapiMalformedResponseException extends StrapiException {

  StrapiMalformedResponseException(String message, @Nullable Throwable cause) {
    super(message, "strapi.error.malformed", 0, cause);
  }
}
