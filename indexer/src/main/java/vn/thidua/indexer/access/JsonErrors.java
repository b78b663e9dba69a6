package vn.thidua.indexer.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;

/**
 * The security chain's refusals as short JSON, in Vietnamese and English: no stack trace, no echo
 * of what was sent, nothing that tells an attacker which rule refused.
 */
@Component
class JsonErrors {

  private static final Logger log = LoggerFactory.getLogger(JsonErrors.class);

  void unauthorized(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "Thiếu hoặc sai khóa truy cập.",
        "Missing or wrong access key.");
  }

  void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "Vai trò của người gọi không được làm việc này.",
        "The caller's role may not do this.");
  }

  void rejected(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    log.debug("Refused a request with a malformed path: {}", e.getMessage());
    write(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        "Đường dẫn không hợp lệ.",
        "Malformed request path.");
  }

  private static void write(HttpServletResponse response, int status, String vi, String en)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"" + vi + "\",\"errorEn\":\"" + en + "\"}");
  }
}
