package vn.thidua.indexer.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import vn.thidua.indexer.api.ApiError;
import vn.thidua.indexer.api.Problems;

/**
 * The security chain's refusals as problem details (RFC 9457), in Vietnamese and English: no stack
 * trace, no echo of what was sent, nothing that tells an attacker which rule refused.
 */
@Component
class JsonErrors {

  private static final Logger log = LoggerFactory.getLogger(JsonErrors.class);

  void unauthorized(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(response, ApiError.UNAUTHORIZED);
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, ApiError.FORBIDDEN);
  }

  void rejected(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    log.debug("Refused a request with a malformed path: {}", e.getMessage());
    write(response, ApiError.MALFORMED_PATH);
  }

  private static void write(HttpServletResponse response, ApiError error) throws IOException {
    response.resetBuffer();
    response.setStatus(error.status().value());
    response.setContentType(Problems.CONTENT_TYPE);
    response.getWriter().write(Problems.json(error));
  }
}
