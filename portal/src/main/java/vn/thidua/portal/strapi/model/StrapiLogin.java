package vn.thidua.portal.strapi.model;

/**
 * The answer to a sign-in: the user's JWT and who they are. The JWT stays in the server-side
 * session; {@link #toString()} leaves it out so it never reaches a log.
 */
public record StrapiLogin(String jwt, StrapiUser user) {

  @Override
  public String toString() {
    return "StrapiLogin[user=" + user.username() + "]";
  }
}
