package vn.thidua.portal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;
import vn.thidua.portal.security.ui.LoginView;
import vn.thidua.portal.shell.Routes;

/**
 * Web security: Vaadin's configurer (CSRF for its requests, the login view, logout, view access by
 * annotations: {@code @AnonymousAllowed} for public views, {@code @RolesAllowed} or {@code
 * PermitAll} for workspaces). Actuator's health is public; its other endpoints are closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

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
