package vn.thidua.portal.strapi;

/** Strapi failed on its side (5xx). Reads are retried; writes are not. */
public final class StrapiServerException extends StrapiException {

  StrapiServerException(String message, int status) {
    super(message, "strapi.error.server", status, null);
  }
}
