package vn.thidua.indexer.queue;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indexer's database (the queue, the file statuses, the entries read, the facts) and the few
 * things that differ between its two engines: embedded H2 for one indexer (the default), or a
 * PostgreSQL database shared by several indexers ({@code INDEXER_DATABASE_URL}). Everything else is
 * the SQL both accept.
 */
public final class QueueDatabase {

  /** Engines the indexer runs on. */
  public enum Engine {
    H2,
    POSTGRESQL
  }

  /** Any number: the key of the advisory lock under which the schema is made on PostgreSQL. */
  private static final long SCHEMA_LOCK = 0x7468696475614cL;

  private final JdbcClient jdbc;
  private final Engine engine;
  private final TransactionTemplate transactions;
  private final String instance;

  QueueDatabase(DataSource dataSource, Engine engine, String instance) {
    this.jdbc = JdbcClient.create(dataSource);
    this.engine = engine;
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.instance = instance;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  /** Whether other indexers may share this database (PostgreSQL), so nothing is ours alone. */
  public boolean shared() {
    return engine == Engine.POSTGRESQL;
  }

  /** The name of this indexer among those sharing the database: the owner of its jobs. */
  String instance() {
    return instance;
  }

  /** The type of a column of unbounded text. */
  public String textType() {
    return shared() ? "TEXT" : "CLOB";
  }

  /** Picks the statement written for this engine, where the two differ (upserts). */
  public String choose(String h2, String postgresql) {
    return shared() ? postgresql : h2;
  }

  /**
   * Makes the schema: {@code CREATE … IF NOT EXISTS} and {@code ADD COLUMN IF NOT EXISTS}, run at
   * every start as with H2 alone. On PostgreSQL the statements run in one transaction under an
   * advisory lock, so two indexers starting together do not make the same table twice (PostgreSQL
   * checks {@code IF NOT EXISTS} without a lock and the second would fail).
   */
  public void migrate(String... statements) {
    if (!shared()) {
      for (String statement : statements) {
        jdbc.sql(statement).update();
      }
      return;
    }
    inTransaction(
        () -> {
          lock(SCHEMA_LOCK);
          for (String statement : statements) {
            jdbc.sql(statement).update();
          }
          return null;
        });
  }

  /** Runs the work in one transaction. */
  <T> T inTransaction(Supplier<T> work) {
    return transactions.execute(status -> work.get());
  }

  /**
   * Holds an advisory lock until the end of the current transaction (PostgreSQL only; H2 has one
   * indexer, which serialises itself).
   */
  void lock(long key) {
    if (shared()) {
      jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", key).query(rs -> {});
    }
  }
}
