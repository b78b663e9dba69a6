package vn.thidua.portal.strapi;

/** Strapi refused the request for another reason (409, 413 file too large, 429, ...). */
public final class StrapiRequestException extends StrapiException {

  StrapiRequestException(String message, int status) {
    super(message, status == 413 ? "strapi.error.too-large" : "strapi.error.request", status, null);
  }
}
