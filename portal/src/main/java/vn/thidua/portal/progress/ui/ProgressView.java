package vn.thidua.portal.progress.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.portal.facts.RollUp;
import vn.thidua.portal.progress.BarChart;
import vn.thidua.portal.progress.ProgressService;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.InitiativeField;
import vn.thidua.portal.strapi.model.Stage;
import vn.thidua.portal.strapi.model.UnitKind;

/**
 * Progress in figures: the indicators confirmed from accepted reports, by year and unit kind,
 * beside the targets units registered; reports received per year and kind of unit, initiatives per
 * field, decided awards per stage. Each chart has a table with the same figures beside it, for
 * screen readers and for anyone who wants the numbers.
 */
@Route(value = Routes.PROGRESS, layout = MainLayout.class)
@AnonymousAllowed
class ProgressView extends Div implements HasDynamicTitle {

  ProgressView(ProgressService progress) {
    addClassNames("portal-page", "portal-progress");
    ProgressService.Figures figures = StaleContent.unwrap(progress.figures());
    add(new H1(getPageTitle()), new Paragraph(getTranslation("progress.intro")));
    add(confirmedFigures(StaleContent.unwrap(progress.rollUp())));
    add(reports(figures.reports()));
    add(initiatives(figures.initiatives()));
    add(awards(figures.awards()));
  }

  /** The confirmed figures of accepted reports, per indicator, beside the registered targets. */
  private Section confirmedFigures(RollUp rollUp) {
    Section section = new Section();
    section.setId("chi-tieu");
    section.add(new H2(getTranslation("progress.figures.heading")));
    section.add(new Paragraph(getTranslation("progress.figures.intro")));
    FiguresChart charts = new FiguresChart(rollUp, "chi-tieu", true);
    if (charts.getComponentCount() == 0) {
      section.add(new Paragraph(getTranslation("progress.figures.none")));
    } else {
      section.add(charts);
    }
    return section;
  }

  private Section reports(Map<Integer, Map<UnitKind, Long>> byYear) {
    String title = getTranslation("progress.reports.heading");
    List<BarChart.Bar> bars = new ArrayList<>();
    byYear.forEach(
        (year, kinds) ->
            kinds.forEach(
                (kind, n) ->
                    bars.add(
                        new BarChart.Bar(year + " · " + getTranslation(kind.messageKey()), n))));
    Element table = new Element("table");
    table.appendChild(caption(title));
    Element head = new Element("tr");
    head.appendChild(th(getTranslation("progress.unit-kind"), "col"));
    byYear.keySet().forEach(y -> head.appendChild(th(String.valueOf(y), "col")));
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (UnitKind kind : UnitKind.values()) {
      Element row = new Element("tr");
      row.appendChild(th(getTranslation(kind.messageKey()), "row"));
      byYear.values().forEach(kinds -> row.appendChild(td(kinds.getOrDefault(kind, 0L))));
      body.appendChild(row);
    }
    Element total = new Element("tr");
    total.appendChild(th(getTranslation("progress.total"), "row"));
    byYear
        .values()
        .forEach(
            kinds ->
                total.appendChild(td(kinds.values().stream().mapToLong(Long::longValue).sum())));
    body.appendChild(total);
    table.appendChild(body);
    return section("bao-cao", title, bars, table);
  }

  private Section initiatives(Map<InitiativeField, Long> byField) {
    String title = getTranslation("progress.initiatives.heading");
    List<BarChart.Bar> bars = new ArrayList<>();
    byField.forEach((f, n) -> bars.add(new BarChart.Bar(getTranslation(f.messageKey()), n)));
    return section(
        "sang-kien", title, bars, simpleTable(title, getTranslation("progress.field"), bars));
  }

  private Section awards(Map<Stage, Long> byStage) {
    String title = getTranslation("progress.awards.heading");
    List<BarChart.Bar> bars = new ArrayList<>();
    byStage.forEach((s, n) -> bars.add(new BarChart.Bar(getTranslation(s.messageKey()), n)));
    return section(
        "khen-thuong", title, bars, simpleTable(title, getTranslation("progress.stage"), bars));
  }

  private Section section(String id, String title, List<BarChart.Bar> bars, Element table) {
    Section section = new Section();
    section.setId(id);
    section.add(new H2(title));
    Div pair = new Div();
    pair.addClassName("portal-chart-pair");
    Div chart = new Div();
    chart.addClassName("portal-chart-box");
    chart.add(
        new Html(
            "<div>"
                + BarChart.svg(
                    "chart-" + id, title, getTranslation("progress.chart.description"), bars)
                + "</div>"));
    Div tableBox = new Div();
    tableBox.addClassName("portal-table-box");
    table.setAttribute("class", "portal-table");
    tableBox.getElement().appendChild(table);
    pair.add(chart, tableBox);
    section.add(pair);
    return section;
  }

  private Element simpleTable(String title, String what, List<BarChart.Bar> bars) {
    Element table = new Element("table");
    table.appendChild(caption(title));
    Element head = new Element("tr");
    head.appendChild(th(what, "col"), th(getTranslation("progress.count"), "col"));
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (BarChart.Bar bar : bars) {
      Element row = new Element("tr");
      row.appendChild(th(bar.label(), "row"), td((long) bar.value()));
      body.appendChild(row);
    }
    table.appendChild(body);
    return table;
  }

  private static Element caption(String text) {
    Element caption = new Element("caption");
    caption.setText(text);
    return caption;
  }

  private static Element th(String text, String scope) {
    Element th = new Element("th");
    th.setAttribute("scope", scope);
    th.setText(text);
    return th;
  }

  private static Element td(long value) {
    Element td = new Element("td");
    td.setText(String.valueOf(value));
    return td;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("progress.title");
  }
}
