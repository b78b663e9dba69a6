package vn.thidua.portal.reports;

import java.nio.file.Path;
import org.springframework.util.unit.DataSize;
import vn.thidua.portal.TestBeans;
import vn.thidua.portal.account.TestUsers;
import vn.thidua.portal.indexer.IndexerClient;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.uploads.UploadsProperties;

/** The reports service as the application wires it, on the clients a test gives it. */
final class TestReports {

  private TestReports() {}

  /** Files of up to 1 MB, spooled in {@code spoolDir}. */
  static UploadsProperties properties(Path spoolDir) {
    return TestBeans.uploadsProperties(DataSize.ofMegabytes(1), spoolDir);
  }

  /** The service for the signed-in test user ({@link TestUsers}), on the fixed test clock. */
  static TestBeans.Reports service(
      StrapiClient strapi, IndexerClient indexer, UploadsProperties properties) {
    return TestBeans.reports(
        strapi,
        indexer,
        TestUsers.currentUser(),
        TestBeans.CLOCK,
        TestBeans.plans(strapi, TestBeans.CLOCK),
        properties);
  }
}
