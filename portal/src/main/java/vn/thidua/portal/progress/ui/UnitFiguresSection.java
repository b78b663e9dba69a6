package vn.thidua.portal.progress.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import vn.thidua.portal.facts.RollUp;

/**
 * A unit's own series on its public record page: its figures confirmed from its accepted reports,
 * year by year, with the targets it registered beside them — the same public figures as the
 * progress page, narrowed to the unit.
 */
public class UnitFiguresSection extends Section {

  /** The section for one unit's own figures ({@code own}: its part of the roll-up). */
  public UnitFiguresSection(RollUp own) {
    setId("so-lieu-don-vi");
    addClassName("portal-unit-figures");
    add(new H2(getTranslation("record.figures.heading")));
    FiguresChart charts = new FiguresChart(own, "so-lieu-don-vi", false);
    if (charts.getComponentCount() == 0) {
      add(new Paragraph(getTranslation("record.figures.none")));
    } else {
      add(charts);
    }
  }
}
