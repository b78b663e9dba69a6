package vn.thidua.portal.security;

import java.util.List;
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

  StrapiAuthenticationProvider(StrapiClient strapi) {
    this.strapi = strapi;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String identifier = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (identifier == null || identifier.isBlank() || credentials == null) {
      throw new BadCredentialsException("Empty user name or password");
    }
    StrapiLogin login;
    StrapiUser user;
    try {
      login = strapi.login(identifier.strip(), credentials.toString());
      user = strapi.me(login.jwt());
    } catch (StrapiValidationException | StrapiAccessDeniedException e) {
      // Strapi answers 400 for a wrong identifier or password, 401/403 for a blocked account.
      throw new BadCredentialsException("Strapi refused the sign-in of " + identifier);
    } catch (StrapiException e) {
      if (e.status() == 429) {
        // Strapi's users-permissions limits sign-in attempts per user name (5 in 5 minutes).
        throw new TooManyAttemptsException("Too many sign-in attempts for " + identifier);
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
    log.info("Signed in: {}", principal);
    return UsernamePasswordAuthenticationToken.authenticated(
        principal, null, List.of(new SimpleGrantedAuthority(role.authority())));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /** Strapi refuses more sign-in attempts for this user name for a few minutes. */
  public static final class TooManyAttemptsException extends AuthenticationException {
    TooManyAttemptsException(String message) {
      super(message);
    }
  }
}
