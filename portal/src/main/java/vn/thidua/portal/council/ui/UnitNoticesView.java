package vn.thidua.portal.council.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.council.CouncilContent.NoticeEntry;
import vn.thidua.portal.council.DecisionDesk;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.MainLayout;

/** A unit's notices: the award decisions that name it, newest first, and only its own. */
@Route(value = UnitNoticesView.ROUTE, layout = MainLayout.class)
@RolesAllowed(PortalRole.Names.UNIT)
public class UnitNoticesView extends Div implements HasDynamicTitle {

  /** Linked from the unit's workspace and from the notice e-mail. */
  public static final String ROUTE = DecisionDesk.NOTICES_ROUTE;

  final Grid<NoticeEntry> grid = new Grid<>();

  public UnitNoticesView(DecisionDesk decisions) {
    addClassName("portal-page");
    addClassName("workspace");
    grid.setId("unit-notices");
    grid.addColumn(n -> Dates.format(n.createdAt(), ZoneId.of("Asia/Ho_Chi_Minh")))
        .setHeader(getTranslation("notices.date"));
    grid.addColumn(NoticeEntry::subject)
        .setHeader(getTranslation("notices.subject"))
        .setFlexGrow(2);
    grid.addColumn(n -> n.body() == null ? "" : n.body())
        .setHeader(getTranslation("notices.body"))
        .setFlexGrow(4);
    grid.setAllRowsVisible(true);
    var notices = decisions.myNotices();
    grid.setItems(notices);
    add(
        new H1(getTranslation("notices.title")),
        new Anchor(Routes.WORKSPACE_UNIT, getTranslation("notices.back")));
    if (notices.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("notices.none"));
      none.setId("unit-notices-none");
      add(none);
    }
    add(grid, new Anchor(Routes.AWARDS, getTranslation("notices.honours")));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("notices.title");
  }
}
