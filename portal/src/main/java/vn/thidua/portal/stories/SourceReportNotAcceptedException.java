package vn.thidua.portal.stories;

/**
 * A story may quote a unit's report only once staff have accepted it: until then the report is the
 * unit's own, and a published story is public.
 */
public class SourceReportNotAcceptedException extends RuntimeException {

  SourceReportNotAcceptedException(String reportDocumentId) {
    super("The story's source report " + reportDocumentId + " is not accepted");
  }
}
