package vn.thidua.indexer.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the portal by {@code X-Api-Key} (compared in constant time). Only then are the
 * caller's headers read: the principal is the {@link Caller} they describe, with the authorities
 * {@code ROLE_PORTAL} and {@code CALLER_<role>}. Without the key, or with a header sent twice
 * (which the filter and a controller could read differently), nothing is authenticated and the
 * chain's rules refuse the call.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Api-Key";

  private final String key;

  ApiKeyAuthenticationFilter(String key) {
    this.key = key;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (once(request, HEADER)
        && once(request, Caller.ROLE_HEADER)
        && once(request, Caller.UNIT_HEADER)
        && Secrets.matches(request.getHeader(HEADER), key)) {
      Caller caller =
          Caller.fromHeaders(
              request.getHeader(Caller.ROLE_HEADER), request.getHeader(Caller.UNIT_HEADER));
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(
              caller,
              null,
              List.of(
                  new SimpleGrantedAuthority(ApiSecurityConfiguration.ROLE_PORTAL),
                  new SimpleGrantedAuthority(ApiSecurityConfiguration.callerAuthority(caller)))));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  /** Whether the header is absent or present once. */
  private static boolean once(HttpServletRequest request, String name) {
    return Collections.list(request.getHeaders(name)).size() <= 1;
  }
}
