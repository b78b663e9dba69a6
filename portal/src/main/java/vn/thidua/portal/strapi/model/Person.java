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
}
