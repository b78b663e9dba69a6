package vn.thidua.portal.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Sets up each session: the language (the reader's cookie, else Vietnamese, whatever the browser
 * prefers) and the session-wide error handler; and each page: its {@code lang} attribute.
 */
@Component
class SessionSetup implements VaadinServiceInitListener {

  private final PortalErrorHandler errorHandler = new PortalErrorHandler();

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init -> {
              init.getSession().setLocale(languageOf(init.getRequest()));
              init.getSession().setErrorHandler(errorHandler);
            });
    event
        .getSource()
        .addUIInitListener(
            init ->
                init.getUI()
                    .getPage()
                    .executeJs(
                        "document.documentElement.lang = $0",
                        init.getUI().getLocale().getLanguage()));
  }

  static Locale languageOf(VaadinRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Languages.VIETNAMESE;
    }
    return Arrays.stream(cookies)
        .filter(c -> Languages.COOKIE.equals(c.getName()))
        .findFirst()
        .map(c -> Languages.of(c.getValue()))
        .orElse(Languages.VIETNAMESE);
  }
}
