package vn.thidua.portal.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.thidua.portal.MutableClock;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiProperties;

class StrapiAuthenticationProviderTest {

  @RegisterExtension
  static WireMockExtension strapi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final SignInLimits LIMITS =
      new SignInLimits(
          5, 50, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(30));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T01:00:00Z"));
  private StrapiAuthenticationProvider provider;

  @BeforeEach
  void setUp() {
    URI url = URI.create(strapi.baseUrl());
    StrapiClient client =
        StrapiClient.create(
            new StrapiProperties(
                url,
                url,
                "token",
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1,
                Duration.ofMillis(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                10),
            Clock.systemUTC());
    provider = new StrapiAuthenticationProvider(client, new SignInLimiter(LIMITS, clock));
  }

  private static UsernamePasswordAuthenticationToken form(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  /** The form as Spring Security hands it over: with the browser's address in the details. */
  private static UsernamePasswordAuthenticationToken form(
      String user, String password, String address) {
    UsernamePasswordAuthenticationToken form = form(user, password);
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dang-nhap");
    request.setRemoteAddr(address);
    form.setDetails(new WebAuthenticationDetails(request));
    return form;
  }

  private void stubWrongPassword(String user) {
    strapi.stubFor(
        post(urlPathEqualTo("/api/auth/local"))
            .withRequestBody(containing("\"identifier\":\"" + user + "\""))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":400,\"name\":\"ValidationError\",\"message\":\"Invalid identifier or password\"}}")));
  }

  @Test
  void twenty_successful_sign_ins_of_one_user_in_a_minute_all_pass() {
    stubMe("reviewer", "");
    for (int i = 0; i < 20; i++) {
      assertThat(
              provider
                  .authenticate(form("hoinongdan", "mat-khau", "203.0.113.7"))
                  .isAuthenticated())
          .isTrue();
      clock.advance(Duration.ofSeconds(3));
    }
    strapi.verify(20, postRequestedFor(urlPathEqualTo("/api/auth/local")));
  }

  @Test
  void six_wrong_passwords_for_one_name_make_it_wait_without_blocking_another_user() {
    stubWrongPassword("thamdinh");
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> provider.authenticate(form("thamdinh", "sai", "203.0.113.7")))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> provider.authenticate(form("ThamDinh ", "sai", "198.51.100.4")))
        .isInstanceOfSatisfying(
            StrapiAuthenticationProvider.TooManyAttemptsException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    // The sixth attempt never reached Strapi.
    strapi.verify(5, postRequestedFor(urlPathEqualTo("/api/auth/local")));

    // Another user, from the same browser, signs in at once.
    stubMe("unit", ",\"unit\":{\"id\":2,\"documentId\":\"u2\",\"name\":\"Hội Nông dân xã\"}");
    assertThat(
            provider.authenticate(form("hoinongdan", "mat-khau", "203.0.113.7")).isAuthenticated())
        .isTrue();

    // After the wait the name may try again; one more failure doubles the wait.
    clock.advance(Duration.ofSeconds(31));
    stubWrongPassword("thamdinh");
    assertThatThrownBy(() -> provider.authenticate(form("thamdinh", "sai", "203.0.113.7")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> provider.authenticate(form("thamdinh", "sai", "203.0.113.7")))
        .isInstanceOfSatisfying(
            StrapiAuthenticationProvider.TooManyAttemptsException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60)));
  }

  @Test
  void the_browser_address_goes_to_strapi_with_the_portal_key_so_strapi_counts_that_browser() {
    stubMe("reviewer", "");
    provider.authenticate(form("thamdinh", "mat-khau", "203.0.113.7"));
    strapi.verify(
        postRequestedFor(urlPathEqualTo("/api/auth/local"))
            .withHeader("X-Client-Address", equalTo("203.0.113.7"))
            .withHeader("Authorization", equalTo("Bearer token")));
  }

  private void stubMe(String roleType, String unit) {
    strapi.stubFor(
        post(urlPathEqualTo("/api/auth/local"))
            .willReturn(
                okJson("{\"jwt\":\"jwt-1\",\"user\":{\"id\":5,\"username\":\"hoinongdan\"}}")));
    strapi.stubFor(
        get(urlPathEqualTo("/api/users/me"))
            .willReturn(
                okJson(
                    "{\"id\":5,\"username\":\"hoinongdan\",\"fullName\":\"Nguyễn Văn A\",\"blocked\":false,"
                        + "\"role\":{\"id\":3,\"name\":\"x\",\"type\":\""
                        + roleType
                        + "\"}"
                        + unit
                        + "}")));
  }

  @Test
  void a_unit_user_signs_in_with_role_unit_and_keeps_the_jwt_on_the_server() {
    stubMe("unit", ",\"unit\":{\"id\":2,\"documentId\":\"u2\",\"name\":\"Hội Nông dân xã\"}");

    Authentication signedIn = provider.authenticate(form("hoinongdan", "mat-khau"));

    PortalUser user = (PortalUser) signedIn.getPrincipal();
    assertThat(user.role()).isEqualTo(PortalRole.UNIT);
    assertThat(user.unitDocumentId()).isEqualTo("u2");
    assertThat(user.fullName()).isEqualTo("Nguyễn Văn A");
    assertThat(user.jwt()).isEqualTo("jwt-1");
    assertThat(user.toString()).doesNotContain("jwt-1");
    assertThat(signedIn.getCredentials()).isNull();
    assertThat(signedIn.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_UNIT");
  }

  @Test
  void a_wrong_password_is_bad_credentials() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/auth/local"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":400,\"name\":\"ValidationError\",\"message\":\"Invalid identifier or password\"}}")));

    assertThatThrownBy(() -> provider.authenticate(form("ai", "sai")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void strapi_limiting_attempts_is_told_apart_from_a_wrong_password_and_from_an_outage() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/auth/local"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withBody(
                        "{\"data\":null,\"error\":{\"status\":429,\"name\":\"RateLimitError\",\"message\":\"Too many requests, please try again later.\"}}")));

    assertThatThrownBy(() -> provider.authenticate(form("hoidong", "mat-khau")))
        .isInstanceOf(StrapiAuthenticationProvider.TooManyAttemptsException.class);
  }

  @Test
  void strapi_down_at_sign_in_is_a_service_failure_not_bad_credentials() {
    strapi.stubFor(
        post(urlPathEqualTo("/api/auth/local"))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> provider.authenticate(form("ai", "mat-khau")))
        .isInstanceOf(AuthenticationServiceException.class);
  }

  @Test
  void an_account_without_a_portal_role_or_without_its_unit_is_refused() {
    stubMe("authenticated", "");
    assertThatThrownBy(() -> provider.authenticate(form("hoinongdan", "mat-khau")))
        .isInstanceOf(DisabledException.class);

    stubMe("unit", "");
    assertThatThrownBy(() -> provider.authenticate(form("hoinongdan", "mat-khau")))
        .isInstanceOf(DisabledException.class);
  }
}
