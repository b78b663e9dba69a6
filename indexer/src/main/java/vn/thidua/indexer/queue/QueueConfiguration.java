package vn.thidua.indexer.queue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.thidua.indexer.executors.ExecutorProperties;
import vn.thidua.indexer.executors.IndexerExecutors;

/**
 * The queue's database. By default H2 in a file under the data directory: {@code WRITE_DELAY=0}
 * makes every commit reach the file before the call returns, so an accepted job survives {@code
 * kill -9}; {@code FILE_LOCK=FS} uses an operating-system lock that dies with the process, so a
 * restart after a crash does not wait for a stale lock file. With {@code INDEXER_DATABASE_URL}, a
 * PostgreSQL database that several indexers share (PostgreSQL commits durably by default).
 */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

  @Bean(destroyMethod = "close")
  DataSource queueDataSource(QueueProperties properties) {
    HikariConfig config = new HikariConfig();
    if (properties.sharedDatabase()) {
      if (!properties.databaseUrl().startsWith("jdbc:postgresql:")) {
        throw new IllegalStateException(
            "INDEXER_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db)");
      }
      config.setJdbcUrl(properties.databaseUrl());
      config.setUsername(properties.databaseUsername());
      config.setPassword(properties.databasePassword());
    } else {
      Path dir = properties.dataDir().toAbsolutePath().normalize();
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create INDEXER_DATA_DIR " + dir, e);
      }
      config.setJdbcUrl(
          "jdbc:h2:file:"
              + dir.resolve("queue")
              + ";WRITE_DELAY=0;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE");
      config.setUsername("sa");
      config.setPassword("");
    }
    config.setMaximumPoolSize(Math.max(4, properties.effectiveMaxInFlight() + 2));
    config.setPoolName("queue");
    return new HikariDataSource(config);
  }

  /** The job workers: as many as the queue's workers, as many waiting as may be in flight. */
  @Bean(IndexerExecutors.JOB_WORKERS)
  ThreadPoolTaskExecutor jobWorkers(QueueProperties queue, ExecutorProperties executors) {
    return IndexerExecutors.jobWorkers(
        queue.effectiveWorkers(), queue.effectiveMaxInFlight(), executors);
  }

  @Bean(IndexerExecutors.QUEUE_DISPATCHER)
  ThreadPoolTaskExecutor queueDispatcher(ExecutorProperties executors) {
    return IndexerExecutors.queueDispatcher(executors);
  }

  @Bean
  QueueDatabase queueDatabase(
      DataSource queueDataSource,
      QueueProperties properties,
      @Value("${server.port:8081}") int port) {
    return database(queueDataSource, properties, port);
  }

  /** The database as the stores use it; {@code port} names the instance when none is set. */
  static QueueDatabase database(DataSource dataSource, QueueProperties properties, int port) {
    String instance = properties.instance();
    if (instance.isBlank()) {
      instance = hostName() + ":" + port;
    }
    return new QueueDatabase(
        dataSource,
        properties.sharedDatabase() ? QueueDatabase.Engine.POSTGRESQL : QueueDatabase.Engine.H2,
        instance);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "indexer";
    }
  }
}
