package vn.thidua.portal.strapi;

/** The entry does not exist, or is not published and the caller may not see drafts (404). */
public final class StrapiNotFoundException extends StrapiException {

  StrapiNotFoundException(String message) {
    super(message, "strapi.error.not-found", 404, null);
  }
}
