package vn.thidua.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.portal.strapi.StrapiException;

/**
 * The session-wide error handler: logs the failure with its trace on the server and tells the
 * person, in their language, what happened and what they can do. Never a trace in the browser.
 */
public class PortalErrorHandler implements ErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

  @Override
  public void error(ErrorEvent event) {
    Throwable error = event.getThrowable();
    if (UserMessages.cause(error, StrapiException.class).isPresent()) {
      // Expected when Strapi is down or refuses: the message says enough, no trace needed.
      log.warn(
          "Request failed: {}",
          UserMessages.cause(error, StrapiException.class).get().getMessage());
    } else {
      log.error("Unexpected error in a Vaadin request", error);
    }
    Optional<UI> ui =
        event
            .getComponent()
            .flatMap(Component::getUI)
            .or(() -> Optional.ofNullable(UI.getCurrent()));
    ui.ifPresent(
        current ->
            current.access(
                () -> {
                  UserMessages message = UserMessages.of(error);
                  Notification notification =
                      new Notification(current.getTranslation(message.key(), message.args()), 8000);
                  notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                  notification.setPosition(Notification.Position.TOP_CENTER);
                  notification.getElement().setAttribute("role", "alert");
                  notification.open();
                }));
  }
}
