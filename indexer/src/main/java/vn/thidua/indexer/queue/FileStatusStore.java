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
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.access.Visibility;
import vn.thidua.indexer.reason.Reason;
import vn.thidua.indexer.reason.ReasonCode;

/** The durable per-file status the portal reads. */
@Service
public class FileStatusStore {

  private static final String COLUMNS =
      "file_id, entry_document_id, model, file_name, url, strapi_hash, size_bytes, content_hash,"
          + " state, reason, reason_code, reason_params, pages, characters, visibility,"
          + " unit_document_id, updated_at";

  private static final TypeReference<Map<String, Object>> PARAMS = new TypeReference<>() {};

  private final QueueDatabase db;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json;

  FileStatusStore(QueueDatabase db, Clock clock, JsonMapper json) {
    this.db = db;
    this.jdbc = db.jdbc();
    this.clock = clock;
    this.json = json;
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
        "CREATE INDEX IF NOT EXISTS file_status_entry ON file_status(entry_document_id)",
        // The reason as a code and its parameters (JSON), for the portal to translate; added with
        // reason codes, so older records have none and keep only their Vietnamese sentence.
        "ALTER TABLE file_status ADD COLUMN IF NOT EXISTS reason_code VARCHAR(64)",
        "ALTER TABLE file_status ADD COLUMN IF NOT EXISTS reason_params VARCHAR(2000)");
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
                  strapi_hash, size_bytes, content_hash, state, reason, reason_code,
                  reason_params, pages, characters, visibility, unit_document_id, updated_at,
                  attempts)
                KEY (file_id, entry_document_id)
                VALUES (:file, :entry, :model, :name, :url, :hash, :size,
                  (SELECT content_hash FROM file_status WHERE file_id = :file
                    AND entry_document_id = :entry),
                  'queued', :reason, 'queued', NULL, 0, 0, :visibility, :unit, :now,
                  COALESCE((SELECT CASE WHEN strapi_hash = :hash THEN attempts ELSE 0 END
                    FROM file_status WHERE file_id = :file AND entry_document_id = :entry), 0))
                """,
                // In SET, file_status.* is the row as it was: its attempts are kept for the same
                // Strapi hash, as above.
                """
                INSERT INTO file_status (file_id, entry_document_id, model, file_name, url,
                  strapi_hash, size_bytes, content_hash, state, reason, reason_code,
                  reason_params, pages, characters, visibility, unit_document_id, updated_at,
                  attempts)
                VALUES (:file, :entry, :model, :name, :url, :hash, :size, NULL,
                  'queued', :reason, 'queued', NULL, 0, 0, :visibility, :unit, :now, 0)
                ON CONFLICT (file_id, entry_document_id) DO UPDATE SET
                  model = EXCLUDED.model, file_name = EXCLUDED.file_name, url = EXCLUDED.url,
                  strapi_hash = EXCLUDED.strapi_hash, size_bytes = EXCLUDED.size_bytes,
                  state = EXCLUDED.state, reason = EXCLUDED.reason,
                  reason_code = EXCLUDED.reason_code, reason_params = NULL, pages = 0, characters = 0,
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
        .param("reason", Reason.of(ReasonCode.QUEUED).text())
        .param("visibility", visibility.value())
        .param("unit", unitDocumentId)
        .param("now", clock.millis())
        .update();
  }

  /** Moves a file to a new state with a reason, keeping what it had indexed. */
  public void setState(String fileId, String entryDocumentId, FileState state, Reason reason) {
    jdbc.sql(
            """
            UPDATE file_status SET state = :state, reason = :reason, reason_code = :code,
              reason_params = :params, updated_at = :now
            WHERE file_id = :file AND entry_document_id = :entry
            """)
        .param("state", state.value())
        .param("reason", reason.text())
        .param("code", reason.code().value())
        .param("params", params(reason))
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
      Reason reason,
      @Nullable String contentHash,
      int pages,
      long characters) {
    jdbc.sql(
            """
            UPDATE file_status SET state = :state, reason = :reason, reason_code = :code,
              reason_params = :params, content_hash = :hash, pages = :pages, characters = :characters, updated_at = :now, attempts = 0
            WHERE file_id = :file AND entry_document_id = :entry
            """)
        .param("state", state.value())
        .param("reason", reason.text())
        .param("code", reason.code().value())
        .param("params", params(reason))
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
  void quarantine(String fileId, String entryDocumentId, Reason reason) {
    setState(fileId, entryDocumentId, FileState.FAILED, reason);
  }

  /**
   * An admin's retry: a {@code failed} or {@code refused} file is queued again with its attempts
   * reset. False when the file is unknown or in another state.
   */
  boolean requeueForRetry(String fileId, String entryDocumentId, Reason reason) {
    return jdbc.sql(
                """
                UPDATE file_status SET state = 'queued', reason = :reason, reason_code = :code,
                  reason_params = NULL, attempts = 0, updated_at = :now
                WHERE file_id = :file AND entry_document_id = :entry
                  AND state IN ('failed', 'refused')
                """)
            .param("reason", reason.text())
            .param("code", reason.code().value())
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
        .query(this::row)
        .optional();
  }

  /** The records of a file id, one per entry it is attached to. */
  public List<FileStatus> findByFile(String fileId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE file_id = :file ORDER BY entry_document_id")
        .param("file", fileId)
        .query(this::row)
        .list();
  }

  public List<FileStatus> findByEntry(String entryDocumentId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE entry_document_id = :entry ORDER BY file_id")
        .param("entry", entryDocumentId)
        .query(this::row)
        .list();
  }

  /** Files whose work is not finished. */
  public List<FileStatus> findInProgress() {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM file_status WHERE state IN ('queued', 'extracting', 'ocr')")
        .query(this::row)
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
            UPDATE file_status SET state = 'queued', reason = :reason, reason_code = :code,
              reason_params = NULL
            WHERE state IN ('extracting', 'ocr')
              AND NOT EXISTS (SELECT 1 FROM job WHERE job.file_id = file_status.file_id
                AND job.entry_document_id = file_status.entry_document_id
                AND job.state = 'RUNNING')
            """)
        .param("reason", Reason.of(ReasonCode.REQUEUED_AFTER_RESTART).text())
        .param("code", ReasonCode.REQUEUED_AFTER_RESTART.value())
        .update();
  }

  private @Nullable String params(Reason reason) {
    return reason.params().isEmpty() ? null : json.writeValueAsString(reason.params());
  }

  /** The stored reason; none for a record from before codes, or with a code this version lacks. */
  private @Nullable Reason reason(@Nullable String code, @Nullable String params) {
    if (code == null) {
      return null;
    }
    Optional<ReasonCode> known = ReasonCode.of(code);
    if (known.isEmpty()) {
      return null;
    }
    try {
      return new Reason(known.get(), params == null ? Map.of() : json.readValue(params, PARAMS));
    } catch (JacksonException e) {
      return null;
    }
  }

  private FileStatus row(ResultSet rs, int i) throws SQLException {
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
        reason(rs.getString(11), rs.getString(12)),
        rs.getInt(13),
        rs.getLong(14),
        Visibility.of(rs.getString(15)),
        rs.getString(16),
        Instant.ofEpochMilli(rs.getLong(17)));
  }
}
