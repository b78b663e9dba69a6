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

  /** Staff see everything, restricted documents of every unit included. */
  public boolean isStaff() {
    return this != ANONYMOUS && this != UNIT;
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
