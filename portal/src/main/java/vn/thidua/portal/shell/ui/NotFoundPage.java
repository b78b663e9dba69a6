package vn.thidua.portal.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.thidua.portal.shell.Routes;

/** The not-found page at its own address, for links and redirects. */
@Route(value = Routes.NOT_FOUND, layout = MainLayout.class)
@AnonymousAllowed
class NotFoundPage extends Div implements HasDynamicTitle {

  NotFoundPage() {
    addClassName("portal-page");
    add(NotFoundView.content(this));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("not-found.title");
  }
}
