package vn.thidua.indexer.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates Strapi by {@code X-Webhook-Secret} (compared in constant time), on the webhook's
 * own path only: anywhere else the header is not even read, so the secret opens nothing but the
 * webhook. Strapi's webhooks are not signed; a shared header is what Strapi can send.
 */
final class WebhookSecretFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Webhook-Secret";

  private final RequestMatcher webhook;
  private final String secret;

  WebhookSecretFilter(RequestMatcher webhook, String secret) {
    this.webhook = webhook;
    this.secret = secret;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !webhook.matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (Secrets.matches(request.getHeader(HEADER), secret)) {
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(
              "strapi",
              null,
              List.of(new SimpleGrantedAuthority(ApiSecurityConfiguration.ROLE_WEBHOOK))));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
