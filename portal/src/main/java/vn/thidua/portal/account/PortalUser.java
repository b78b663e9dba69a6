package vn.thidua.portal.account;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user, the principal of the server-side session.
 *
 * @param id Strapi's numeric user id
 * @param fullName the name to greet, the username when Strapi has none
 * @param unitDocumentId the user's unit, for unit users (null for staff)
 * @param jwt the user's Strapi JWT: stays in the session, never sent to a browser, left out of
 *     {@link #toString()}
 */
public record PortalUser(
    long id,
    String username,
    String fullName,
    PortalRole role,
    @Nullable String unitDocumentId,
    @Nullable String unitName,
    String jwt)
    implements Serializable {

  public boolean is(PortalRole other) {
    return role == other;
  }

  @Override
  public String toString() {
    return "PortalUser[id=%d, username=%s, role=%s, unit=%s]"
        .formatted(id, username, role, unitDocumentId);
  }
}
