package vn.thidua.portal.uploads;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Files units send ({@code portal.uploads.*}).
 *
 * @param maxFileSize the largest file a unit may send, enforced while the bytes stream in and shown
 *     in the form before upload
 * @param spoolDir where received files wait while Strapi cannot take them (kept across restarts)
 * @param retryEvery how often the spool tries Strapi again
 */
@Validated
@ConfigurationProperties("portal.uploads")
public record UploadsProperties(
    @NotNull DataSize maxFileSize, @NotNull Path spoolDir, @NotNull Duration retryEvery) {

  public UploadsProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
    spoolDir = spoolDir == null ? Path.of("data", "upload-spool") : spoolDir;
    retryEvery = retryEvery == null ? Duration.ofMinutes(1) : retryEvery;
  }
}
