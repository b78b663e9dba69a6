package vn.thidua.indexer.queue;

/** What a job does. */
public enum JobKind {
  /** Read an entry from Strapi again and bring its documents and files in line with it. */
  SYNC_ENTRY,
  /** Download, extract and index one file of an entry. */
  INDEX_FILE;

  /** Whether the job touches the whole entry, so no other job of the entry may run beside it. */
  boolean wholeEntry() {
    return this == SYNC_ENTRY;
  }
}
