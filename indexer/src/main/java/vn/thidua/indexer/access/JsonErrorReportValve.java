package vn.thidua.indexer.access;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.api.ApiError;
import vn.thidua.indexer.api.Problems;

/**
 * Tomcat's own refusals, before Spring sees the request (an encoded {@code /} or {@code \}, a
 * {@code NUL} in the path, a malformed request line), answered as a problem (RFC 9457) like every
 * other error of the indexer instead of Tomcat's HTML page. Only the status travels: no message, no
 * server name, no stack trace.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, @Nullable Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType(Problems.CONTENT_TYPE);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            Problems.json(status == 400 ? ApiError.BAD_REQUEST : ApiError.NOT_HANDLED, status));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the answer was already under way: nothing more to say.
    }
  }
}
