package vn.thidua.portal.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.account.PortalUser;
import vn.thidua.portal.strapi.StrapiAccessDeniedException;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiValidationException;
import vn.thidua.portal.strapi.model.StrapiLogin;
import vn.thidua.portal.strapi.model.StrapiUser;

/**
 * Signs a user in with Strapi ({@code POST /api/auth/local}), then asks who they are ({@code
 * /api/users/me} with role and unit). The JWT goes into the principal, which lives in the
 * server-side session only.
 *
 * <p>The login page tells the failures apart by their type: {@link BadCredentialsException} (wrong
 * name or password), {@link DisabledException} (blocked, or no role in the portal), {@link
 * AuthenticationServiceException} (Strapi does not answer).
 */
@Component
public class StrapiAuthenticationProvider implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(StrapiAuthenticationProvider.class);

  private final StrapiClient strapi;
  private final SignInLimiter limiter;

  StrapiAuthenticationProvider(StrapiClient strapi, SignInLimiter limiter) {
    this.strapi = strapi;
    this.limiter = limiter;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String identifier = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (identifier == null || identifier.isBlank() || credentials == null) {
      throw new BadCredentialsException("Empty user name or password");
    }
    String address = clientAddress(authentication);
    Optional<Duration> wait = limiter.waitBefore(identifier, address);
    if (wait.isPresent()) {
      log.info("Sign-in of {} from {} refused: wait {}", identifier, address, wait.get());
      throw new TooManyAttemptsException(
          "Too many failed sign-ins for " + identifier + " or from " + address, wait.get());
    }
    StrapiLogin login;
    StrapiUser user;
    try {
      login = strapi.login(identifier.strip(), credentials.toString(), address);
      user = strapi.me(login.jwt());
    } catch (StrapiValidationException | StrapiAccessDeniedException e) {
      // Strapi answers 400 for a wrong identifier or password, 401/403 for a blocked account.
      limiter.failed(identifier, address);
      throw new BadCredentialsException("Strapi refused the sign-in of " + identifier);
    } catch (StrapiException e) {
      if (e.status() == 429) {
        // Strapi's own ceiling per browser address (cms-config/src/middlewares/sign-in-limit.js).
        throw new TooManyAttemptsException("Too many sign-in attempts for " + identifier, null);
      }
      log.warn(
          "Sign-in of {} failed, Strapi did not answer as expected: {}",
          identifier,
          e.getMessage());
      throw new AuthenticationServiceException("Strapi is unavailable", e);
    }
    if (user.blocked()) {
      throw new DisabledException("Account " + identifier + " is blocked");
    }
    StrapiUser.Role strapiRole = user.role();
    PortalRole role =
        (strapiRole == null
                ? java.util.Optional.<PortalRole>empty()
                : PortalRole.fromStrapiType(strapiRole.type()))
            .orElseThrow(
                () ->
                    new DisabledException("Account " + identifier + " has no role in the portal"));
    if (role == PortalRole.UNIT && user.unit() == null) {
      throw new DisabledException("Unit account " + identifier + " is not linked to a unit");
    }
    String fullName =
        user.fullName() == null || user.fullName().isBlank() ? user.username() : user.fullName();
    PortalUser principal =
        new PortalUser(
            user.id(),
            user.username(),
            fullName,
            role,
            user.unit() == null ? null : user.unit().documentId(),
            user.unit() == null ? null : user.unit().name(),
            login.jwt());
    limiter.succeeded(identifier);
    log.info("Signed in: {}", principal);
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, List.of(new SimpleGrantedAuthority(role.authority())));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** The browser's address as Spring Security recorded it (the proxy's, resolved by Tomcat). */
  private static @Nullable String clientAddress(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }

  /**
   * Too many attempts: the portal makes this name or address wait ({@link #retryAfter()} known), or
   * Strapi's own ceiling was reached (unknown).
   */
  public static final class TooManyAttemptsException extends AuthenticationException {
    private final @Nullable Duration retryAfter;

    TooManyAttemptsException(String message, @Nullable Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }

    public @Nullable Duration retryAfter() {
      return retryAfter;
    }
  }
}
