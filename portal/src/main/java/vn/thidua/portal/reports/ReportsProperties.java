package vn.thidua.portal.reports;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Report uploads ({@code portal.reports.*}).
 *
 * @param maxFileSize the largest file a unit may send, enforced while the bytes stream in and shown
 *     in the form before upload
 * @param spoolDir where received files wait while Strapi cannot take them (kept across restarts)
 * @param retryEvery how often the spool tries Strapi again
 * @param pollEvery how often a workspace asks the indexer while a file is still being extracted
 */
@Validated
@ConfigurationProperties("portal.reports")
public record ReportsProperties(
    @NotNull DataSize maxFileSize,
    @NotNull Path spoolDir,
    @NotNull Duration retryEvery,
    @NotNull Duration pollEvery) {

  public ReportsProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
    spoolDir = spoolDir == null ? Path.of("data", "upload-spool") : spoolDir;
    retryEvery = retryEvery == null ? Duration.ofMinutes(1) : retryEvery;
    pollEvery = pollEvery == null ? Duration.ofSeconds(3) : pollEvery;
  }
}
