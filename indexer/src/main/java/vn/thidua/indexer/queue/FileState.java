package vn.thidua.indexer.queue;

import java.util.Locale;

/** Where a file stands, as the portal shows it. */
public enum FileState {
  QUEUED,
  EXTRACTING,
  OCR,
  INDEXED,
  PARTIAL,
  REFUSED,
  FAILED;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FileState of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** Whether the file is still being worked on. */
  public boolean inProgress() {
    return this == QUEUED || this == EXTRACTING || this == OCR;
  }
}
