package vn.thidua.indexer.access;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The caller's role, as the portal sends it in {@code X-Caller-Role}. */
public enum Role {
  ANONYMOUS,
  UNIT,
  REVIEWER,
  EDITOR,
  COUNCIL,
  ADMIN;

  /**
   * Staff who review see everything, restricted documents of every unit included: the reviewers
   * (Culture–Society office), the council and the admin. Editors (the public service centre) write
   * for the public from accepted reports, so they see what the public sees.
   */
  public boolean isStaff() {
    return this == REVIEWER || this == COUNCIL || this == ADMIN;
  }

  /** The role named by a header; anything missing or unknown counts as anonymous. */
  public static Role parse(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return ANONYMOUS;
    }
    try {
      return valueOf(header.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return ANONYMOUS;
    }
  }
}
