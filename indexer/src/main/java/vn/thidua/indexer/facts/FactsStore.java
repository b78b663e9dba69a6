package vn.thidua.indexer.facts;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.indexer.queue.QueueDatabase;

/**
 * The facts of each file, beside its status in the indexer's database: one row per file and entry,
 * replaced whenever the file is extracted again, removed with the file.
 */
@Repository
class FactsStore {

  private final QueueDatabase db;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  FactsStore(QueueDatabase db, JsonMapper json, Clock clock) {
    this.db = db;
    this.jdbc = db.jdbc();
    this.json = json;
    this.clock = clock;
    db.migrate(
        """
        CREATE TABLE IF NOT EXISTS report_facts (
          file_id VARCHAR(64) NOT NULL,
          entry_document_id VARCHAR(64) NOT NULL,
          facts %s NOT NULL,
          computed_at BIGINT NOT NULL,
          PRIMARY KEY (file_id, entry_document_id))
        """
            .formatted(db.textType()),
        "CREATE INDEX IF NOT EXISTS report_facts_entry ON report_facts(entry_document_id)");
  }

  void save(String fileId, String entryDocumentId, ReportFacts facts) {
    jdbc.sql(
            db.choose(
                """
                MERGE INTO report_facts (file_id, entry_document_id, facts, computed_at)
                KEY (file_id, entry_document_id) VALUES (:file, :entry, :facts, :now)
                """,
                """
                INSERT INTO report_facts (file_id, entry_document_id, facts, computed_at)
                VALUES (:file, :entry, :facts, :now)
                ON CONFLICT (file_id, entry_document_id) DO UPDATE SET
                  facts = EXCLUDED.facts, computed_at = EXCLUDED.computed_at
                """))
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .param("facts", json.writeValueAsString(facts))
        .param("now", clock.millis())
        .update();
  }

  Optional<ReportFacts> find(String fileId, String entryDocumentId) {
    return jdbc.sql(
            "SELECT facts FROM report_facts WHERE file_id = :file AND entry_document_id = :entry")
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .query(String.class)
        .optional()
        .map(text -> json.readValue(text, ReportFacts.class));
  }

  void delete(String fileId, String entryDocumentId) {
    jdbc.sql("DELETE FROM report_facts WHERE file_id = :file AND entry_document_id = :entry")
        .param("file", fileId)
        .param("entry", entryDocumentId)
        .update();
  }

  void deleteEntry(String entryDocumentId) {
    jdbc.sql("DELETE FROM report_facts WHERE entry_document_id = :entry")
        .param("entry", entryDocumentId)
        .update();
  }
}
