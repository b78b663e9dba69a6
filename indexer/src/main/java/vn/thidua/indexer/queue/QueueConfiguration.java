package vn.thidua.indexer.queue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue's database: H2 in a file under the data directory. {@code WRITE_DELAY=0} makes every
 * commit reach the file before the call returns, so an accepted job survives {@code kill -9};
 * {@code FILE_LOCK=FS} uses an operating-system lock that dies with the process, so a restart after
 * a crash does not wait for a stale lock file.
 */
@Configuration(proxyBeanMethods = false)
class QueueConfiguration {

  @Bean(destroyMethod = "close")
  DataSource queueDataSource(QueueProperties properties) {
    Path dir = properties.dataDir().toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create INDEXER_DATA_DIR " + dir, e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(
        "jdbc:h2:file:"
            + dir.resolve("queue")
            + ";WRITE_DELAY=0;FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE");
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(Math.max(4, properties.effectiveMaxInFlight() + 2));
    config.setPoolName("queue");
    return new HikariDataSource(config);
  }
}
