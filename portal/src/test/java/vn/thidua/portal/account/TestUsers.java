package vn.thidua.portal.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a test user in on the current thread, as Spring Security does for a request. */
public final class TestUsers {

  private TestUsers() {}

  /** The current user bean, reading whoever is signed in on this thread. */
  public static CurrentUser currentUser() {
    return new CurrentUser(new AuthenticationContext());
  }

  /** Signs in a user of {@code role}; a unit user belongs to {@code unit}. */
  public static PortalUser signIn(@Nullable PortalRole role, @Nullable String unit) {
    if (role == null) {
      SecurityContextHolder.clearContext();
      return null;
    }
    PortalUser user =
        new PortalUser(
            1,
            role.strapiType() + ".test",
            "Test " + role,
            role,
            unit,
            unit == null ? null : "Unit " + unit,
            "jwt");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                user, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    return user;
  }

  public static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
