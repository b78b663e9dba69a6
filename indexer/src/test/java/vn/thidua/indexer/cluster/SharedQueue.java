package vn.thidua.indexer.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.indexer.ItEnvironment;

/**
 * The indexer's queue in the stack's PostgreSQL, as the tests look into it: emptied before a test
 * (the cluster ITs share the database), and the jobs an indexer holds.
 */
final class SharedQueue {

  private final ItEnvironment.Database database;

  SharedQueue(ItEnvironment.Database database) {
    this.database = database;
  }

  /** Drops the indexer's tables; the next indexer to start makes them again. */
  void empty() throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS job, file_status, entry, report_facts");
    }
  }

  /** Ids of the jobs running under an indexer's name. */
  List<Long> runningJobsOf(String instance) {
    return ids("SELECT id FROM job WHERE state = 'RUNNING' AND owner = ?", instance);
  }

  /** Which of these jobs are still in the queue. */
  List<Long> stillQueued(List<Long> jobIds) {
    List<Long> left = new ArrayList<>();
    for (Long id : jobIds) {
      left.addAll(ids("SELECT id FROM job WHERE id = ?", id));
    }
    return left;
  }

  private List<Long> ids(String sql, Object parameter) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new AssertionError("the indexer's database: " + e.getMessage(), e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(database.url(), database.username(), database.password());
  }
}
