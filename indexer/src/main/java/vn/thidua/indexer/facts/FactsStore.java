package vn.thidua.indexer.facts;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of each file, beside its status in the indexer's database: one row per file and entry,
 * replaced whenever the file is extracted again, removed with the file.
 */
@Repository
class FactsStore {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  FactsStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
    jdbc.sql(
            """
            CREATE TABLE IF NOT EXISTS report_facts (
              file_id VARCHAR(64) NOT NULL,
              entry_document_id VARCHAR(64) NOT NULL,
              facts CLOB NOT NULL,
              computed_at BIGINT NOT NULL,
              PRIMARY KEY (file_id, entry_document_id))
            """)
        .update();
    jdbc.sql("CREATE INDEX IF NOT EXISTS report_facts_entry ON report_facts(entry_document_id)")
        .update();
  }

  void save(String fileId, String entryDocumentId, ReportFacts facts) {
    jdbc.sql(
            """
            MERGE INTO report_facts (file_id, entry_document_id, facts, computed_at)
            KEY (file_id, entry_document_id) VALUES (:file, :entry, :facts, :now)
            """)
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
