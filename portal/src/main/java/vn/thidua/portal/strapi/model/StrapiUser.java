package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.Nullable;

/**
 * A user of Strapi's users-permissions plugin, as {@code /api/users/me} returns it with its role
 * and unit populated.
 */
public record StrapiUser(
    long id,
    @Nullable String documentId,
    String username,
    @Nullable String email,
    @Nullable String fullName,
    boolean blocked,
    @Nullable Role role,
    @Nullable Unit unit) {

  /** The user's role; {@code type} is one of unit, reviewer, editor, council, admin. */
  public record Role(long id, @Nullable String name, String type) {}
}
