package vn.thidua.indexer.access;

import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.core.StandardHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Every rule matches the path as Spring MVC routes it (path patterns over the
 * decoded, normalised path), so {@code /%61pi/search} is {@code /api/search} here as it is for the
 * controller; what the firewall cannot make unambiguous ({@code ;}, encoded {@code /}, {@code .},
 * {@code %}, {@code //}, {@code /./}) is refused before any rule runs. Deny by default: a path not
 * named here answers 401, or 403 to an authenticated caller.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>request</th><th>who</th></tr>
 *   <tr><td>{@code GET /actuator/health}</td><td>anyone (details only with the API key)</td></tr>
 *   <tr><td>{@code POST /api/webhooks/strapi}</td><td>Strapi, by the webhook secret</td></tr>
 *   <tr><td>{@code GET /api/search}, {@code GET /api/files/**}</td><td>the portal, by the API key;
 *       the caller's role and unit then limit what is seen</td></tr>
 *   <tr><td>{@code POST /api/reindex}, {@code POST /api/files/{id}/retry}</td><td>the portal
 *       calling for an admin</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ApiSecurityConfiguration {

  static final String WEBHOOK_PATH = "/api/webhooks/strapi";
  static final String ROLE_PORTAL = "ROLE_PORTAL";
  static final String ROLE_WEBHOOK = "ROLE_WEBHOOK";

  private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

  /** The authority naming the role the portal called for: {@code CALLER_ADMIN}, … */
  static String callerAuthority(Caller caller) {
    return "CALLER_" + caller.role().name().toUpperCase(Locale.ROOT);
  }

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ApiProperties api, WebhookProperties webhook, JsonErrors errors) {
    if (api.key().isEmpty()) {
      log.warn("INDEXER_API_KEY is not set: every /api call will be refused");
    }
    if (webhook.secret().isEmpty()) {
      log.warn("INDEXER_WEBHOOK_SECRET is not set: every webhook will be refused");
    }
    String admin = callerAuthority(new Caller(Role.ADMIN, null));
    RequestMatcher webhookRequest =
        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, WEBHOOK_PATH);
    return http
        // A stateless API called server to server with a header: no session, no cookie, so no
        // CSRF to defend against, and nothing for a browser to log in to.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .addFilterBefore(
            new WebhookSecretFilter(webhookRequest, webhook.secret()),
            AnonymousAuthenticationFilter.class)
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(api.key()), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    // Spring Boot's error page renders the error of a request already allowed
                    // (a bad parameter, a failure); asked for directly, /error is denied below.
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/health")
                    .permitAll()
                    .requestMatchers(webhookRequest)
                    .hasAuthority(ROLE_WEBHOOK)
                    .requestMatchers(HttpMethod.GET, "/api/search", "/api/files/**")
                    .hasAuthority(ROLE_PORTAL)
                    .requestMatchers(HttpMethod.POST, "/api/reindex", "/api/files/*/retry")
                    .hasAllAuthorities(ROLE_PORTAL, admin)
                    .anyRequest()
                    .denyAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(errors::unauthorized)
                    .accessDeniedHandler(errors::forbidden))
        .build();
  }

  /**
   * Spring's strict firewall with its defaults spelled out: a path with {@code ;}, an encoded
   * {@code /}, {@code .}, {@code %} or backslash, or not normalised ({@code //}, {@code /./},
   * {@code /../}) is refused with a JSON 400, whatever the rules say.
   */
  @Bean
  WebSecurityCustomizer strictFirewall(JsonErrors errors) {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowSemicolon(false);
    firewall.setAllowUrlEncodedSlash(false);
    firewall.setAllowUrlEncodedDoubleSlash(false);
    firewall.setAllowUrlEncodedPeriod(false);
    firewall.setAllowUrlEncodedPercent(false);
    firewall.setAllowBackSlash(false);
    firewall.setAllowNull(false);
    firewall.setAllowedHttpMethods(List.of("GET", "HEAD", "POST"));
    return web -> web.httpFirewall(firewall).requestRejectedHandler(errors::rejected);
  }

  /**
   * What Tomcat refuses before the firewall (an encoded {@code /} or {@code \}, a {@code NUL}) is
   * answered in JSON too: the host's error report valve is ours. It sits inside the plain one
   * Spring Boot adds, so it writes the answer first.
   */
  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> jsonContainerErrors() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
              }
            });
  }
}
