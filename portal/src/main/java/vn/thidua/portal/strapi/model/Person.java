package vn.thidua.portal.strapi.model;

import org.jspecify.annotations.Nullable;

/**
 * An individual of the movement (1.4, {@code api::person.person}): a member of a unit or a resident
 * ({@code affiliation} {@code other}, with where they live or work). Contacts are not read here:
 * what needs an address reads it where it sends.
 */
public record Person(
    long id,
    String documentId,
    String fullName,
    @Nullable String position,
    @Nullable String affiliation,
    @Nullable Unit unit,
    @Nullable String otherAffiliation) {

  /** Whether the person belongs to no unit (a resident or other). */
  public boolean isOther() {
    return "other".equals(affiliation) || unit == null;
  }

  /**
   * The person as a decision names an individual: name, then position and unit (or where a resident
   * lives), e.g. "Nguyễn Thị Lan, Bác sĩ, Trạm Y tế xã Đại Sơn".
   */
  public String label() {
    return label(fullName, position, unit == null ? otherAffiliation : unit.name());
  }

  /** The same naming from its parts; blank parts are left out. */
  public static String label(String fullName, @Nullable String position, @Nullable String where) {
    StringBuilder out = new StringBuilder(fullName.strip());
    for (String part : new String[] {position, where}) {
      if (part != null && !part.isBlank()) {
        out.append(", ").append(part.strip());
      }
    }
    return out.toString();
  }
}
