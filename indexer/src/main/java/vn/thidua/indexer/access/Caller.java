package vn.thidua.indexer.access;

import org.jspecify.annotations.Nullable;

/**
 * The person on whose behalf the portal calls, from {@code X-Caller-Role} and {@code
 * X-Caller-Unit}. The portal has authenticated them; the indexer trusts these headers because only
 * a holder of the API key can send them.
 *
 * @param role the role; unknown roles are anonymous
 * @param unitDocumentId the caller's unit, meaningful for {@link Role#UNIT} only
 */
public record Caller(Role role, @Nullable String unitDocumentId) {

  public static final String ROLE_HEADER = "X-Caller-Role";
  public static final String UNIT_HEADER = "X-Caller-Unit";

  public static final Caller ANONYMOUS = new Caller(Role.ANONYMOUS, null);

  /** The caller described by the two headers. */
  public static Caller fromHeaders(@Nullable String role, @Nullable String unit) {
    Role parsed = Role.parse(role);
    String unitId = unit == null || unit.isBlank() ? null : unit.strip();
    return new Caller(parsed, parsed == Role.UNIT ? unitId : null);
  }

  /** The visibility rule: public for all, restricted for staff and for the document's own unit. */
  public boolean maySee(Visibility visibility, @Nullable String documentUnit) {
    return visibility == Visibility.PUBLIC
        || role.isStaff()
        || (role == Role.UNIT && unitDocumentId != null && unitDocumentId.equals(documentUnit));
  }
}
