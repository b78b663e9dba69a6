package vn.thidua.portal.strapi.archfixture;

import com.vaadin.flow.component.html.Span;

/** A deliberate violation for {@code ArchitectureTest}: the content model building a component. */
class ModelShowingItself {

  Span show() {
    return new Span("x");
  }
}
