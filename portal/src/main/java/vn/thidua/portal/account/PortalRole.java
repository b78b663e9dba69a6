package vn.thidua.portal.account;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of the plan, as Strapi's users-permissions names them ({@code role.type}). Each grants
 * the authority {@code ROLE_<NAME>}; use the {@link Names} constants in {@code @RolesAllowed}.
 */
public enum PortalRole {
  /** An office, organisation or enterprise sending its reports and initiatives. */
  UNIT,
  /**
   * The Culture–Society office, which reviews reports and scores the innovation and digital
   * criteria it owns.
   */
  REVIEWER,
  /** The Economy office, which scores the green criteria it owns (issue 12); nothing else. */
  ECONOMY,
  /** The public service centre, which writes and publishes stories. */
  EDITOR,
  /** The emulation and reward council, which decides awards. */
  COUNCIL,
  ADMIN;

  /** Role names for {@code @RolesAllowed}, which needs constants. */
  public static final class Names {
    public static final String UNIT = "UNIT";
    public static final String REVIEWER = "REVIEWER";
    public static final String ECONOMY = "ECONOMY";
    public static final String EDITOR = "EDITOR";
    public static final String COUNCIL = "COUNCIL";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }

  /** Spring Security's authority for this role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The value of Strapi's {@code role.type}, also sent to the indexer as the caller's role. */
  public String strapiType() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Translation key of the role's name. */
  public String messageKey() {
    return "role." + strapiType();
  }

  /** The role for Strapi's {@code role.type}; empty for roles the portal does not know. */
  public static Optional<PortalRole> fromStrapiType(String type) {
    for (PortalRole role : values()) {
      if (role.strapiType().equalsIgnoreCase(type)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
