package vn.thidua.portal.uploads;

/** What became of one file a unit sent. */
public sealed interface UploadOutcome {

  String fileName();

  /**
   * Strapi has the file, attached to the report; the indexer will extract it.
   *
   * @param supplement true when the report was already accepted and the file went to it as a
   *     supplement (bổ sung) rather than opening a second report
   */
  record Stored(String fileName, String mime, long size, boolean supplement)
      implements UploadOutcome {

    public Stored(String fileName, String mime, long size) {
      this(fileName, mime, size, false);
    }
  }

  /** Strapi could not take it now: the file is kept in the spool and sent again later. */
  record Spooled(String fileName, long size) implements UploadOutcome {}

  /**
   * The file was refused; {@code messageKey} (with {@code args}) says why, in words the unit can
   * act on.
   */
  record Refused(String fileName, String messageKey, Object... args) implements UploadOutcome {

    /** The key of a refusal that sending the same file again may cure (the upload broke off). */
    public static final String BROKEN = "reports.upload.refused.broken";

    /**
     * Whether sending the same file again may succeed: only when the transfer broke off. A file too
     * large, of a refused type, empty or refused by Strapi would be refused again.
     */
    public boolean retryable() {
      return BROKEN.equals(messageKey);
    }
  }
}
