package vn.thidua.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.portal.shell.UserMessages;
import vn.thidua.portal.strapi.StrapiException;
import vn.thidua.portal.strapi.StrapiNotFoundException;

/**
 * Shown when opening a page fails: logs the failure, tells the reader what happened in their
 * language, never the exception. Content Strapi does not have answers as not found.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

  private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
  private final H1 heading = new H1();
  private final Paragraph text = new Paragraph();
  private String title = "";

  public ServerErrorView() {
    addClassName("portal-page");
    add(heading, text, new Paragraph(new Anchor(".", getTranslation("not-found.home"))));
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    Exception error = parameter.getCaughtException();
    if (UserMessages.cause(error, StrapiNotFoundException.class).isPresent()) {
      title = getTranslation("not-found.title");
      heading.setText(getTranslation("not-found.heading"));
      text.setText(getTranslation("not-found.text"));
      return HttpServletResponse.SC_NOT_FOUND;
    }
    if (UserMessages.cause(error, StrapiException.class).isPresent()) {
      log.warn("Opening {} failed: {}", event.getLocation().getPath(), error.getMessage());
    } else {
      log.error("Opening {} failed", event.getLocation().getPath(), error);
    }
    UserMessages message = UserMessages.of(error);
    title = getTranslation("error.title");
    heading.setText(getTranslation("error.heading"));
    text.setText(getTranslation(message.key(), message.args()));
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
