package vn.thidua.portal.reports;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The unit's report desk ({@code portal.reports.*}); the upload limits and the spool are {@code
 * portal.uploads.*} ({@link vn.thidua.portal.uploads.UploadsProperties}).
 *
 * @param pollEvery how often a workspace asks the indexer while a file is still being extracted
 */
@Validated
@ConfigurationProperties("portal.reports")
public record ReportsProperties(@NotNull Duration pollEvery) {

  public ReportsProperties {
    pollEvery = pollEvery == null ? Duration.ofSeconds(3) : pollEvery;
  }
}
