package vn.thidua.indexer.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an {@code /api} call through only with the right {@code X-Api-Key}. The Strapi webhook has
 * its own secret and is checked by its controller.
 */
@Component
class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Api-Key";
  private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

  private final ApiProperties properties;

  ApiKeyFilter(ApiProperties properties) {
    this.properties = properties;
    if (properties.key().isEmpty()) {
      log.warn("INDEXER_API_KEY is not set: every /api call will be refused");
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || path.startsWith("/api/webhooks/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (Secrets.matches(request.getHeader(HEADER), properties.key())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"Thiếu hoặc sai khóa API (X-Api-Key).\"}");
  }
}
