package vn.thidua.indexer.extraction;

/** How an extraction ended. */
public enum ExtractionStatus {
  /** All the text was read. */
  OK,
  /** Text was read up to the configured ceiling; the rest of the file is not indexed. */
  PARTIAL,
  /** The file is protected by a password. */
  ENCRYPTED,
  /** The content is of a type the indexer does not read. */
  UNSUPPORTED,
  /** The file has no bytes, or no text could be found in it. */
  EMPTY,
  /** The file is broken, or reading it failed or took too long. */
  FAILED;

  /** Whether the text of this result goes to the index. */
  public boolean hasText() {
    return this == OK || this == PARTIAL;
  }
}
