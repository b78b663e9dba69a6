package vn.thidua.portal.strapi;

/**
 * The file being uploaded could not be read to its end (the source failed or was shorter than its
 * declared size); Strapi is not at fault.
 */
public final class StrapiUploadSourceException extends StrapiException {

  StrapiUploadSourceException(String message, Throwable cause) {
    super(message, "strapi.error.upload-source", 0, cause);
  }
}
