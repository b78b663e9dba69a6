package vn.thidua.portal.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.thidua.portal.account.CurrentUser;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * Where sign-in lands: sends each role on to its own workspace (the unit to its report, the
 * reviewer to the compliance board, the editor to the desk, the council to the awards).
 */
@Route(value = Routes.WORKSPACE, layout = MainLayout.class)
@PermitAll
class WorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final CurrentUser currentUser;

  WorkspaceView(CurrentUser currentUser) {
    this.currentUser = currentUser;
    addClassName("portal-page");
    add(new H1(getTranslation("workspace.title")));
  }

  /** The workspace of a role. */
  static String routeOf(PortalRole role) {
    return switch (role) {
      case UNIT -> Routes.WORKSPACE_UNIT;
      case REVIEWER, ADMIN -> Routes.WORKSPACE_REVIEW;
      case EDITOR -> Routes.WORKSPACE_EDITOR;
      case COUNCIL -> Routes.WORKSPACE_COUNCIL;
      case ECONOMY -> Routes.WORKSPACE_SCORING;
    };
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    currentUser.get().ifPresent(user -> event.forwardTo(routeOf(user.role())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("workspace.title");
  }
}
