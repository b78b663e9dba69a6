package vn.thidua.portal.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.portal.indexer.Caller;

/**
 * The user of the current request, for views and services. Authorisation is checked on the server:
 * a service asks {@link #require(PortalRole...)} before each action, whatever the view showed.
 */
@Component
public class CurrentUser {

  private final AuthenticationContext authentication;

  CurrentUser(AuthenticationContext authentication) {
    this.authentication = authentication;
  }

  public Optional<PortalUser> get() {
    return authentication.getAuthenticatedUser(PortalUser.class);
  }

  public boolean isSignedIn() {
    return get().isPresent();
  }

  public boolean hasRole(PortalRole role) {
    return get().map(user -> user.is(role)).orElse(false);
  }

  /**
   * The user, who must hold one of {@code roles} (any role when none is given).
   *
   * @throws AccessDeniedException when no one is signed in or the role does not fit
   */
  public PortalUser require(PortalRole... roles) {
    PortalUser user = get().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
    if (roles.length == 0) {
      return user;
    }
    for (PortalRole role : roles) {
      if (user.is(role)) {
        return user;
      }
    }
    throw new AccessDeniedException("Role " + user.role() + " may not do this");
  }

  /** The caller the indexer filters results for: the public for anonymous readers. */
  public Caller indexerCaller() {
    return get()
        .map(user -> new Caller(user.role().strapiType(), user.unitDocumentId()))
        .orElseGet(Caller::anonymous);
  }

  /** Signs out, ending the session, and goes back to the home page. */
  public void signOut() {
    authentication.logout();
  }
}
