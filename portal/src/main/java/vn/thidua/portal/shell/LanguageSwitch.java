package vn.thidua.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;

/** Changes the reader's language for the session and remembers it in a cookie for a year. */
public final class LanguageSwitch {

  private LanguageSwitch() {}

  public static void switchTo(Locale language) {
    Locale locale = Languages.of(language.toLanguageTag());
    VaadinSession.getCurrent().setLocale(locale);
    var response = VaadinService.getCurrentResponse();
    if (response != null) {
      Cookie cookie = new Cookie(Languages.COOKIE, locale.getLanguage());
      cookie.setPath("/");
      cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
    }
    // Every text on the page was translated when it was built: build it again.
    UI.getCurrent().getPage().reload();
  }
}
