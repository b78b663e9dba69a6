package vn.thidua.portal.reports;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.strapi.StrapiClient;

/** The reports service as the application wires it, on the clients a test gives it. */
final class TestReports {

  private TestReports() {}

  /** Files of up to 1 MB, spooled in {@code spoolDir}. */
  static ReportsProperties properties(Path spoolDir) {
    return new ReportsProperties(
        DataSize.ofMegabytes(1), spoolDir, Duration.ofHours(1), Duration.ofSeconds(3));
  }

  /** The service for the signed-in test user ({@link TestUsers}), on the fixed test clock. */
  static ReportService service(
      StrapiClient strapi, IndexerClient indexer, ReportsProperties properties, UploadSpool spool) {
    return new ReportService(
        strapi,
        indexer,
        TestUsers.currentUser(),
        TestBeans.CLOCK,
        properties,
        spool,
        TestBeans.plans(strapi, TestBeans.CLOCK));
  }
}
