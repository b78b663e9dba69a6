package vn.thidua.portal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.thidua.portal.security.ui.LoginView;
import vn.thidua.portal.shell.Routes;

/**
 * Web security: Vaadin's configurer (CSRF for its requests and for the sign-in form, the login
 * view, logout, view access by annotations: {@code @AnonymousAllowed} for public views,
 * {@code @RolesAllowed} or {@code PermitAll} for workspaces). Actuator's health is public; its
 * other endpoints are closed. Every response carries the browser-side headers below.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  /**
   * What pages may load. Vaadin Flow needs {@code 'unsafe-inline'} styles (its components and
   * themes set style attributes), {@code 'unsafe-eval'} scripts (it runs server-sent JavaScript
   * with {@code new Function}) and one inline bootstrap script in each page (SecurityIT saw
   * Chromium block it without {@code 'unsafe-inline'}; a hash would break at each Vaadin upgrade);
   * everything else comes from the portal itself. No page may be framed by another site ({@code
   * frame-ancestors 'none'}), forms post only to the portal, no plugins.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; "
          + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; "
          + "font-src 'self' data:; "
          + "connect-src 'self'; "
          + "object-src 'none'; "
          + "base-uri 'self'; "
          + "form-action 'self'; "
          + "frame-ancestors 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator", "/actuator/**")
                .denyAll()
                .requestMatchers("/styles/**", "/error")
                .permitAll());
    // nosniff and X-Frame-Options: DENY are Spring Security's defaults; HSTS is written only on a
    // secure request (https, or https at a trusted proxy: see server.tomcat.remoteip).
    // Vaadin exempts its sign-in form from CSRF checks, so a page on another site could sign a
    // browser in with the attacker's account (login CSRF). The form sends the page's token (the
    // LoginForm reads it from Vaadin's meta tags): require it here. A missing or stale token sends
    // the browser back to a fresh sign-in page.
    CsrfFilter loginCsrf = new CsrfFilter(new HttpSessionCsrfTokenRepository());
    loginCsrf.setRequireCsrfProtectionMatcher(
        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + Routes.LOGIN));
    loginCsrf.setRequestHandler(new XorCsrfTokenRequestAttributeHandler());
    loginCsrf.setAccessDeniedHandler(
        (request, response, denied) ->
            response.sendRedirect(request.getContextPath() + "/" + Routes.LOGIN));
    http.addFilterBefore(loginCsrf, UsernamePasswordAuthenticationFilter.class);
    http.headers(
        headers -> {
          // Written before the request is handled: Vaadin's pages are served through a forward,
          // and headers written lazily at commit never reached them.
          headers.addObjectPostProcessor(
              new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                  filter.setShouldWriteHeadersEagerly(true);
                  return filter;
                }
              });
          headers
              .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
              .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
              .frameOptions(frame -> frame.deny())
              .httpStrictTransportSecurity(
                  hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
    return http.with(
            vaadin(),
            vaadin ->
                vaadin
                    .loginView(LoginView.class)
                    .defaultSuccessUrl("/" + Routes.WORKSPACE, false)
                    // Views are guarded by their annotations (navigation access control); an
                    // unknown address must reach the friendly not-found page, not the login.
                    .anyRequest(AuthorizedUrl::permitAll))
        .build();
  }
}
