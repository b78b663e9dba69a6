package vn.thidua.portal.strapi;

/**
 * Strapi refused the caller: 401 (not signed in, or the token or session expired) or 403 (signed in
 * but not allowed).
 */
public final class StrapiAccessDeniedException extends StrapiException {

  StrapiAccessDeniedException(String message, int status) {
    super(
        message,
        status == 401 ? "strapi.error.unauthorised" : "strapi.error.forbidden",
        status,
        null);
  }
}
