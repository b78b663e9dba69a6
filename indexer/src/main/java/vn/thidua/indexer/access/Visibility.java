package vn.thidua.indexer.access;

import java.util.Locale;

/** Who may see an indexed document. */
public enum Visibility {
  /** Anyone, the anonymous public included. */
  PUBLIC,
  /** Staff, and the unit the document belongs to. */
  RESTRICTED;

  /** The value stored in the index and the status store. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Visibility of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
