package vn.thidua.indexer.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.thidua.indexer.access.Visibility;

/** The durable per-file status the portal reads. */
@Service
public class FileStatusStore {

  private static final String COLUMNS =
      "file_id, entry_document_id, model, file_name, url, strapi_hash, size_bytes, content_hash,"
          + " state, reason, pages, characters, visibility, unit_document_id, updated_at";

  private final QueueDatabase db;
  private final JdbcClient jdbc;
  private final Clock clock;

  FileStatusStore(QueueDatabase db, Clock clock) {
    this.db = db;
    this.jdbc = db.jdbc();
    this.clock = clock;
    db.migrate(
        """
        CREATE TABLE IF NOT EXISTS file_status (
          file_id VARCHAR(64) NOT NULL,
          entry_document_id VARCHAR(64) NOT NULL,
          model VARCHAR(32) NOT NULL,
          file_name VARCHAR(1000) NOT NULL,
          url VARCHAR(2000) NOT NULL,
          strapi_hash VARCHAR(255) NOT NULL,
          size_bytes BIGINT NOT NULL,
          content_hash VARCHAR(64),
          state VARCHAR(16) NOT NULL,
          reason VARCHAR(2000) NOT NULL,
          pages INT DEFAULT 0 NOT NULL,
          characters BIGINT DEFAULT 0 NOT NULL,
          visibility VARCHAR(16) NOT NULL,
          unit_document_id VARCHAR(64),
          updated_at BIGINT NOT NULL,
          PRIMARY KEY (file_id, entry_document_id))
        """,
        // Starts of the file's jobs since it last ended well; added with attempt counting.
        "ALTER TABLE file_status ADD COLUMN IF NOT EXISTS attempts INT DEFAULT 0 NOT NULL",
        "CREATE INDEX IF NOT EXISTS file_status_entry ON file_status(entry_document_id)");
  }

  /**
   * Records a file waiting to be indexed: new, or replaced in Strapi. A replaced file (new hash)
   * starts its attempts again; the same file queued again keeps them, so no new job can wipe out
   * the count of a file that kills the process.
   */
  public void markQueued(
      String fileId,
      String entryDocumentId,
      String model,
      String fileName,
      String url,
      String strapiHash,
      long sizeBytes,
      Visibility visibility,
      @Nullable String unitDocumentId) {
    jdbc.sql(
            db.choose(
                """
                MERGE INTO file_status (file_id, entry_document_id, model, file_name, url,
                  strapi_hash, size_bytes, content_hash, state, reason, pages, characters,
                  visibility, unit_document_id, updated_at, attempts)
                KEY (file_id, entry_document_id)
                VALUES (:file, :entry, :model, :name, :url, :hash, :size,
                  (SELECT content_hash FROM file_status WHERE file_id = :file
                    AND entry_document_id = :entry),
                  'queued', 'Đang chờ xử lý.', 0, 0, :visibility, :unit, :now,
                  COALESCE((SELECT CASE WHEN strapi_hash = :hash THEN attempts ELSE 0 END
                    FROM file_status WHERE file_id = :file AND entry_document_id = :entry), 0))
                """,
                // In SET, file_status.* is the row as it was: its attempts are kept for the same
                // Strapi hash, as above.
                """
                INSERT INTO file_status (file_id, entry_document_id, model, file_name, url,
                  strapi_hash, size_bytes, content_hash, state, reason, pages, characters,
                  visibility, unit_document_id, updated_at, attempts)
                VALUES (:file, :entry, :model, :name, :url, :hash, :size, NULL,
                  'queued', 'Đang chờ xử lý.', 0, 0, :visibility, :unit, :now, 0)
                ON CONFLICT (file_id, entry_document_id) DO UPDATE SET
                  model = EXCLUDED.model, file_name = EXCLUDED.file_name, url = EXCLUDED.url,
                  strapi_hash = EXCLUDED.strapi_hash, size_bytes = EXCLUDED.size_bytes,
                  state = EXCLUDED.state, reason = EXCLUDED.reason, pages = 0, characters = 0,
                  visibility = EXCLUDED.visibility, unit_document_id = EXCLUDED.unit_document_id,
                  updated_at = EXCLUDED.updated_at,
                  attempts = CASE WHEN file_status.strapi_hash = EXCLUDED.strapi_hash
                    THEN file_status.attempts ELSE 0 END
                """))
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .param("model", model)
        .param("name", fileName)
        .param("url", url)
        .param("hash", strapiHash)
        .param("size", sizeBytes)
        .param("visibility", visibility.value())
        .param("unit", unitDocumentId)
        .param("now", clock.millis())
        .update();
  }

  /** Moves a file to a new state with a reason, keeping what it had indexed. */
  public void setState(String fileId, String entryDocumentId, FileState state, String reason) {
    jdbc.sql(
            """
            UPDATE file_status SET state = :state, reason = :reason, updated_at = :now
            WHERE file_id = :file AND entry_document_id = :entry
            """)
        .param("state", state.value())
        .param("reason", reason)
        .param("now", clock.millis())
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .update();
  }

  /** Records the end of a file's processing; its attempts start again from zero. */
  public void finish(
      String fileId,
      String entryDocumentId,
      FileState state,
      String reason,
      @Nullable String contentHash,
      int pages,
      long characters) {
    jdbc.sql(
            """
            UPDATE file_status SET state = :state, reason = :reason, content_hash = :hash,
              pages = :pages, characters = :characters, updated_at = :now, attempts = 0
            WHERE file_id = :file AND entry_document_id = :entry
            """)
        .param("state", state.value())
        .param("reason", reason)
        .param("hash", contentHash)
        .param("pages", pages)
        .param("characters", characters)
        .param("now", clock.millis())
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .update();
  }

  /** Starts of the file's jobs since it last ended well; 0 for an unknown file. */
  int attempts(String fileId, String entryDocumentId) {
    return jdbc.sql(
            "SELECT attempts FROM file_status WHERE file_id = :file AND entry_document_id = :entry")
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** Counts a start of one of the file's jobs (committed before the work starts). */
  void countAttempt(String fileId, String entryDocumentId) {
    addAttempts(fileId, entryDocumentId, 1);
  }

  /** Gives back a start that failed for a reason that passes (a service down, not the file). */
  void releaseAttempt(String fileId, String entryDocumentId) {
    addAttempts(fileId, entryDocumentId, -1);
  }

  /** The file's job ended well: nothing counts against it any more. */
  void clearAttempts(String fileId, String entryDocumentId) {
    jdbc.sql(
            "UPDATE file_status SET attempts = 0 WHERE file_id = :file AND entry_document_id = :entry")
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .update();
  }

  private void addAttempts(String fileId, String entryDocumentId, int delta) {
    jdbc.sql(
            """
            UPDATE file_status SET attempts = GREATEST(0, attempts + :delta)
            WHERE file_id = :file AND entry_document_id = :entry
            """)
        .param("delta", delta)
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .update();
  }

  /**
   * Puts a file that failed too often aside: {@code failed} with the reason; its attempts stay
   * counted until an admin retries it.
   */
  void quarantine(String fileId, String entryDocumentId, String reason) {
    setState(fileId, entryDocumentId, FileState.FAILED, reason);
  }

  /**
   * An admin's retry: a {@code failed} or {@code refused} file is queued again with its attempts
   * reset. False when the file is unknown or in another state.
   */
  boolean requeueForRetry(String fileId, String entryDocumentId, String reason) {
    return jdbc.sql(
                """
                UPDATE file_status SET state = 'queued', reason = :reason, attempts = 0,
                  updated_at = :now
                WHERE file_id = :file AND entry_document_id = :entry
                  AND state IN ('failed', 'refused')
                """)
            .param("reason", reason)
            .param("now", clock.millis())
            .param("file", fileId)
            .param("entry", entryDocumentId)
            .update()
        == 1;
  }

  /** Sets who may see the files of an entry, after the entry's status changed. */
  public void setVisibility(
      String entryDocumentId, Visibility visibility, @Nullable String unitDocumentId) {
    jdbc.sql(
            """
            UPDATE file_status SET visibility = :visibility, unit_document_id = :unit
            WHERE entry_document_id = :entry
            """)
        .param("visibility", visibility.value())
        .param("unit", unitDocumentId)
        .param("entry", entryDocumentId)
        .update();
  }

  public Optional<FileStatus> find(String fileId, String entryDocumentId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE file_id = :file AND entry_document_id = :entry")
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .query(FileStatusStore::row)
        .optional();
  }

  /** The records of a file id, one per entry it is attached to. */
  public List<FileStatus> findByFile(String fileId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE file_id = :file ORDER BY entry_document_id")
        .param("file", fileId)
        .query(FileStatusStore::row)
        .list();
  }

  public List<FileStatus> findByEntry(String entryDocumentId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE entry_document_id = :entry ORDER BY file_id")
        .param("entry", entryDocumentId)
        .query(FileStatusStore::row)
        .list();
  }

  /** Files whose work is not finished. */
  public List<FileStatus> findInProgress() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE state IN ('queued', 'extracting', 'ocr')")
        .query(FileStatusStore::row)
        .list();
  }

  public void delete(String fileId, String entryDocumentId) {
    jdbc.sql("DELETE FROM file_status WHERE file_id = :file AND entry_document_id = :entry")
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .update();
  }

  public void deleteEntry(String entryDocumentId) {
    jdbc.sql("DELETE FROM file_status WHERE entry_document_id = :entry")
        .param("entry", entryDocumentId)
        .update();
  }

  /** The number of files in each state. */
  public Map<String, Long> countByState() {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("SELECT state, COUNT(*) FROM file_status GROUP BY state ORDER BY state")
        .query(
            rs -> {
              counts.put(rs.getString(1), rs.getLong(2));
            });
    return counts;
  }

  /**
   * After a crash: a file caught mid-extraction is waiting again, unless another indexer sharing
   * the database is reading it now (its job running there). Run after {@link
   * JobQueue#requeueRunning()}.
   */
  int requeueInProgress() {
    return jdbc.sql(
            """
            UPDATE file_status SET state = 'queued', reason = 'Đang chờ xử lý lại sau khi khởi động.'
            WHERE state IN ('extracting', 'ocr')
              AND NOT EXISTS (SELECT 1 FROM job WHERE job.file_id = file_status.file_id
                AND job.entry_document_id = file_status.entry_document_id
                AND job.state = 'RUNNING')
            """)
        .update();
  }

  private static FileStatus row(ResultSet rs, int i) throws SQLException {
    return new FileStatus(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getLong(7),
        rs.getString(8),
        FileState.of(rs.getString(9)),
        rs.getString(10),
        rs.getInt(11),
        rs.getLong(12),
        Visibility.of(rs.getString(13)),
        rs.getString(14),
        Instant.ofEpochMilli(rs.getLong(15)));
  }
}
