package vn.thidua.portal.facts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The portal's address of a report's file, opened at a page: where a figure, an initiative or a
 * passage was read. Served by {@link ReportFileController} to those who may read the report.
 */
public final class ReportFileLink {

  /** The path every address starts with. */
  public static final String PREFIX = "/tep-bao-cao/";

  private ReportFileLink() {}

  /** The address of a report's file, at {@code page} when it has one (a PDF viewer honours it). */
  public static String url(String reportDocumentId, String fileId, @Nullable Integer page) {
    return PREFIX
        + URLEncoder.encode(reportDocumentId, StandardCharsets.UTF_8)
        + "/"
        + URLEncoder.encode(fileId, StandardCharsets.UTF_8)
        + (page == null ? "" : "#page=" + page);
  }
}
