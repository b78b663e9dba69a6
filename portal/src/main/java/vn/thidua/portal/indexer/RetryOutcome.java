package vn.thidua.portal.indexer;

/** What the indexer did with an admin's request to read a file again. */
public enum RetryOutcome {
  /** The file is queued again, its attempts reset. */
  QUEUED,
  /** The file is not failed or refused (indexed, or still being read): nothing to retry. */
  NOT_RETRYABLE,
  /** The indexer does not know the file. */
  UNKNOWN
}
