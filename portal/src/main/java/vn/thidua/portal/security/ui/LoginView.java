package vn.thidua.portal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import vn.thidua.portal.security.StrapiAuthenticationProvider;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * The sign-in page for units and staff. The form posts to Spring Security; a failure comes back as
 * {@code ?error} and the exception left in the session says which message to show.
 */
@Route(value = Routes.LOGIN, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();

  public LoginView() {
    addClassName("portal-page");
    addClassName("portal-login");
    form.setAction(Routes.LOGIN);
    form.setForgotPasswordButtonVisible(false);
    form.setI18n(i18n(null));
    add(
        new H1(getTranslation("login.heading")),
        new Paragraph(getTranslation("login.intro")),
        form);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
      form.setI18n(i18n(failureMessage()));
      form.setError(true);
    }
  }

  private String failureMessage() {
    Object failure =
        VaadinSession.getCurrent()
            .getSession()
            .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    if (failure instanceof StrapiAuthenticationProvider.TooManyAttemptsException tooMany) {
      Duration wait = tooMany.retryAfter();
      return wait == null
          ? getTranslation("login.error.too-many")
          : getTranslation("login.error.slowed", Math.max(1, wait.toSeconds()));
    }
    return getTranslation(failureKey(failure));
  }

  private static String failureKey(@Nullable Object failure) {
    if (failure instanceof AuthenticationServiceException) {
      return "login.error.unavailable";
    }
    if (failure instanceof DisabledException) {
      return "login.error.disabled";
    }
    return "login.error.credentials";
  }

  private LoginI18n i18n(@Nullable String errorMessage) {
    LoginI18n i18n = LoginI18n.createDefault();
    LoginI18n.Form f = i18n.getForm();
    f.setTitle(getTranslation("login.form.title"));
    f.setUsername(getTranslation("login.form.username"));
    f.setPassword(getTranslation("login.form.password"));
    f.setSubmit(getTranslation("login.form.submit"));
    f.setForgotPassword(getTranslation("login.form.forgot"));
    LoginI18n.ErrorMessage error = i18n.getErrorMessage();
    error.setTitle(getTranslation("login.error.title"));
    error.setMessage(
        errorMessage == null ? getTranslation("login.error.credentials") : errorMessage);
    error.setUsername(getTranslation("login.error.username-required"));
    error.setPassword(getTranslation("login.error.password-required"));
    return i18n;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title");
  }
}
