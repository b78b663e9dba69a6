package vn.thidua.indexer.queue;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the indexer last read of each entry: its fields as JSON (written into its documents), a
 * fingerprint to notice changes cheaply, and its unit.
 */
@Service
public class EntryStore {

  private final QueueDatabase db;
  private final JdbcClient jdbc;

  EntryStore(QueueDatabase db) {
    this.db = db;
    this.jdbc = db.jdbc();
    db.migrate(
        """
        CREATE TABLE IF NOT EXISTS entry (
          model VARCHAR(32) NOT NULL,
          document_id VARCHAR(64) NOT NULL,
          unit_document_id VARCHAR(64),
          fields_json %s NOT NULL,
          fingerprint VARCHAR(64) NOT NULL,
          PRIMARY KEY (model, document_id))
        """
            .formatted(db.textType()),
        "CREATE INDEX IF NOT EXISTS entry_unit ON entry(unit_document_id)");
  }

  /**
   * One stored entry.
   *
   * @param model its model
   * @param documentId its document id
   * @param fieldsJson its fields as JSON
   * @param fingerprint hash of what was read
   */
  public record StoredEntry(
      String model, String documentId, String fieldsJson, String fingerprint) {}

  public Optional<StoredEntry> find(String model, String documentId) {
    return jdbc.sql(
            """
            SELECT model, document_id, fields_json, fingerprint FROM entry
            WHERE model = :model AND document_id = :id
            """)
        .param("model", model)
        .param("id", documentId)
        .query(
            (rs, i) ->
                new StoredEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  public void save(
      String model,
      String documentId,
      @Nullable String unitDocumentId,
      String fieldsJson,
      String fingerprint) {
    jdbc.sql(
            db.choose(
                """
                MERGE INTO entry (model, document_id, unit_document_id, fields_json, fingerprint)
                KEY (model, document_id) VALUES (:model, :id, :unit, :fields, :fingerprint)
                """,
                """
                INSERT INTO entry (model, document_id, unit_document_id, fields_json, fingerprint)
                VALUES (:model, :id, :unit, :fields, :fingerprint)
                ON CONFLICT (model, document_id) DO UPDATE SET
                  unit_document_id = EXCLUDED.unit_document_id,
                  fields_json = EXCLUDED.fields_json, fingerprint = EXCLUDED.fingerprint
                """))
        .param("model", model)
        .param("id", documentId)
        .param("unit", unitDocumentId)
        .param("fields", fieldsJson)
        .param("fingerprint", fingerprint)
        .update();
  }

  public void delete(String model, String documentId) {
    jdbc.sql("DELETE FROM entry WHERE model = :model AND document_id = :id")
        .param("model", model)
        .param("id", documentId)
        .update();
  }

  /** Document ids and fingerprints of the stored entries of a model. */
  public List<StoredEntry> all(String model) {
    return jdbc.sql("SELECT model, document_id, '', fingerprint FROM entry WHERE model = :model")
        .param("model", model)
        .query(
            (rs, i) ->
                new StoredEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /** Entries that belong to a unit, to refresh them when the unit is renamed. */
  public List<StoredEntry> byUnit(String unitDocumentId) {
    return jdbc.sql(
            "SELECT model, document_id, '', fingerprint FROM entry WHERE unit_document_id = :unit")
        .param("unit", unitDocumentId)
        .query(
            (rs, i) ->
                new StoredEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
