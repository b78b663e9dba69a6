package vn.thidua.portal.archfixture.doors.alpha.ui;

import com.vaadin.flow.component.html.Div;
import vn.thidua.portal.archfixture.doors.beta.BetaService;

/**
 * A deliberate violation for {@code ArchitectureTest}: a view of module {@code alpha} that calls
 * module {@code beta}'s service instead of its own.
 */
class AlphaView extends Div {

  AlphaView(BetaService beta) {
    add(new Div(beta.greeting()));
  }
}
