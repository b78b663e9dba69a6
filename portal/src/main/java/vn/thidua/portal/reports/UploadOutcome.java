package vn.thidua.portal.reports;

/** What became of one file a unit sent. */
public sealed interface UploadOutcome {

  String fileName();

  /** Strapi has the file, attached to the report; the indexer will extract it. */
  record Stored(String fileName, String mime, long size) implements UploadOutcome {}

  /** Strapi could not take it now: the file is kept in the spool and sent again later. */
  record Spooled(String fileName, long size) implements UploadOutcome {}

  /**
   * The file was refused; {@code messageKey} (with {@code args}) says why, in words the unit can
   * act on.
   */
  record Refused(String fileName, String messageKey, Object... args) implements UploadOutcome {}
}
