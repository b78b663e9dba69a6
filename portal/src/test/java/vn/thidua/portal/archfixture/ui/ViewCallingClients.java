package vn.thidua.portal.archfixture.ui;

import com.vaadin.flow.component.html.Div;
import java.net.http.HttpClient;
import vn.thidua.portal.strapi.StrapiClient;

/** A deliberate violation for {@code ArchitectureTest}: a view that calls a client and raw HTTP. */
class ViewCallingClients extends Div {

  ViewCallingClients(StrapiClient strapi) {
    add(new Div(strapi.toString()));
    HttpClient.newHttpClient().close();
  }
}
