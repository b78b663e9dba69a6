package vn.thidua.portal.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("")
@PageTitle("Phong trào thi đua")
@AnonymousAllowed
class HomeView extends VerticalLayout {
  HomeView() {
    add(new H1("Phong trào thi đua “Đại Sơn đổi mới sáng tạo”"));
  }
}
