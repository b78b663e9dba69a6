package vn.thidua.portal.shell;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.portal.strapi.StrapiException;

/** The translation key and arguments of what a person is told about a failure. */
public record UserMessages(String key, Object[] args) {

  /** The message for the first cause a person can act on; a generic apology otherwise. */
  public static UserMessages of(Throwable error) {
    return cause(error, StrapiException.class)
        .map(e -> new UserMessages(e.messageKey(), e.messageArgs()))
        .or(
            () ->
                cause(error, AccessDeniedException.class)
                    .map(e -> new UserMessages("error.access-denied", new Object[0])))
        .orElseGet(() -> new UserMessages("error.unexpected", new Object[0]));
  }

  /** The first throwable of {@code type} in the cause chain. */
  public static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
