package vn.thidua.portal.shell.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.portal.shell.Routes;

/**
 * The friendly page for an unknown address (also for a page the reader may not open: Vaadin answers
 * those as not found). Answers 404. {@link NotFoundPage} shows the same at {@code khong-tim-thay}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  public NotFoundView() {
    addClassName("portal-page");
    add(content(this));
  }

  static Div content(Div page) {
    return new Div(
        new H1(page.getTranslation("not-found.heading")),
        new Paragraph(page.getTranslation("not-found.text")),
        new Paragraph(
            new Anchor(".", page.getTranslation("not-found.home")),
            new Text(" · "),
            new Anchor(Routes.SEARCH, page.getTranslation("not-found.search"))));
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("not-found.title");
  }
}
