package vn.thidua.portal.progress.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.portal.facts.FigureFormat;
import vn.thidua.portal.facts.RollUp;
import vn.thidua.portal.progress.BarChart;
import vn.thidua.portal.shell.ui.Content;

/**
 * Confirmed figures as the public reads them: per indicator, a bar chart of its results year by
 * year (per unit kind on the progress page, the unit's own on its record page) and beside it a
 * table of the same figures with the registered targets — the table is the chart's text
 * alternative, so a screen reader loses nothing. An indicator with targets but no result yet is
 * left out: there is nothing to chart.
 */
public class FiguresChart extends Div {

  /**
   * The charts of a roll-up.
   *
   * @param id prefix of the ids of the sections, unique on the page
   * @param byKind one row per unit kind (and the all-kinds total when several); false: the
   *     all-kinds line alone, which is the unit's own series in a unit's roll-up
   */
  public FiguresChart(RollUp rollUp, String id, boolean byKind) {
    addClassName("portal-figures");
    Map<String, List<RollUp.Line>> byIndicator = new LinkedHashMap<>();
    for (RollUp.Line line : rollUp.lines()) {
      byIndicator
          .computeIfAbsent(line.indicator() + "|" + line.measure(), k -> new ArrayList<>())
          .add(line);
    }
    int n = 0;
    for (List<RollUp.Line> lines : byIndicator.values()) {
      RollUp.Line all = lines.getLast();
      if (all.values().isEmpty()) {
        continue;
      }
      List<RollUp.Line> rows =
          !byKind ? List.of(all) : lines.size() == 2 ? List.of(lines.getFirst()) : lines;
      add(indicator(id + "-" + ++n, rollUp.years(), all, rows, byKind));
    }
  }

  private Div indicator(
      String id, List<Integer> years, RollUp.Line all, List<RollUp.Line> rows, boolean byKind) {
    String title = all.indicator() + (all.measure() == null ? "" : " (" + all.measure() + ")");
    List<Integer> shown =
        years.stream()
            .filter(y -> all.values().containsKey(y) || all.targets().containsKey(y))
            .toList();
    List<BarChart.Bar> bars = new ArrayList<>();
    for (RollUp.Line line : rows) {
      for (int year : shown) {
        BigDecimal v = line.values().get(year);
        if (v != null) {
          String label = byKind ? year + " · " + kindLabel(line) : Integer.toString(year);
          bars.add(new BarChart.Bar(label, v.doubleValue(), FigureFormat.format(v)));
        }
      }
    }
    Div section = new Div();
    section.setId(id);
    section.addClassName("portal-figure");
    section.getElement().setAttribute("data-name", all.indicator());
    section.add(new H3(title));
    Div pair = new Div();
    pair.addClassName("portal-chart-pair");
    Div chart = new Div();
    chart.addClassName("portal-chart-box");
    String chartTitle =
        getTranslation(byKind ? "progress.figures.chart" : "record.figures.chart", title);
    chart.add(
        new Html(
            "<div>"
                + BarChart.svg(
                    "chart-" + id, chartTitle, getTranslation("progress.chart.description"), bars)
                + "</div>"));
    Div holder = new Div();
    holder.getElement().appendChild(table(title, shown, rows, byKind, all.mean()));
    // A focusable, labelled region: on a phone the years scroll sideways, by keyboard too.
    pair.add(chart, Content.scrollBox(holder, title));
    section.add(pair);
    return section;
  }

  private Element table(
      String title, List<Integer> years, List<RollUp.Line> rows, boolean byKind, boolean mean) {
    Element table = new Element("table");
    table.setAttribute("class", "portal-table portal-figure-table");
    Element caption = new Element("caption");
    caption.setText(
        title
            + (byKind
                ? " — " + getTranslation(mean ? "progress.figures.mean" : "progress.figures.sum")
                : ""));
    table.appendChild(caption);
    Element head = new Element("tr");
    head.appendChild(
        th(getTranslation(byKind ? "progress.unit-kind" : "progress.figures.result"), "col"));
    years.forEach(y -> head.appendChild(th(Integer.toString(y), "col")));
    table.appendChild(new Element("thead").appendChild(head));
    Element body = new Element("tbody");
    for (RollUp.Line line : rows) {
      Element row = new Element("tr");
      row.appendChild(
          th(byKind ? kindLabel(line) : getTranslation("progress.figures.result"), "row"));
      for (int year : years) {
        Element td = new Element("td");
        td.setAttribute("data-year", Integer.toString(year));
        BigDecimal v = line.values().get(year);
        td.appendChild(new Element("span").setText(v == null ? "–" : FigureFormat.format(v)));
        BigDecimal target = line.targets().get(year);
        if (target != null) {
          // The target beside the result: a reader sees at once whether it was reached.
          Element aim = new Element("span");
          aim.setAttribute("class", "portal-target");
          aim.setText(getTranslation("progress.figures.target", FigureFormat.format(target)));
          td.appendChild(new Element("br"), aim);
        }
        row.appendChild(td);
      }
      body.appendChild(row);
    }
    table.appendChild(body);
    return table;
  }

  private String kindLabel(RollUp.Line line) {
    return line.unitKind() == null
        ? getTranslation("facts.rollup.all-kinds")
        : getTranslation(line.unitKind().messageKey());
  }

  private static Element th(String text, String scope) {
    Element th = new Element("th");
    th.setAttribute("scope", scope);
    th.setText(text);
    return th;
  }
}
