package vn.thidua.portal.facts.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.thidua.portal.account.PortalRole;
import vn.thidua.portal.export.RollUpWorkbook;
import vn.thidua.portal.facts.FactsService;
import vn.thidua.portal.facts.FigureFormat;
import vn.thidua.portal.facts.ReportFact;
import vn.thidua.portal.facts.ReportFileLink;
import vn.thidua.portal.facts.RollUp;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;

/**
 * The movement's figures for staff: per indicator, unit kind and year of the plan, the confirmed
 * values added up (percentages averaged) with the targets units registered beside them, with an
 * XLSX export for the mid-term and final reviews, and below, every figure traced to its unit, file
 * and page and to who confirmed it and when.
 */
@Route(value = Routes.WORKSPACE_FIGURES, layout = MainLayout.class)
@RolesAllowed({PortalRole.Names.REVIEWER, PortalRole.Names.COUNCIL, PortalRole.Names.ADMIN})
public class RollUpView extends Div implements HasDynamicTitle {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final FactsService facts;
  private final Clock clock;

  public RollUpView(FactsService facts, Clock clock) {
    this.facts = facts;
    this.clock = clock;
    addClassName("portal-page");
    addClassName("workspace");
    RollUp rollUp = facts.rollUp();
    add(new H1(getPageTitle()));
    add(new Paragraph(getTranslation("facts.rollup.intro")));
    DownloadHandler xlsx =
        event -> {
          RollUp current = facts.rollUp();
          event.setFileName(
              "tong-hop-chi-tieu-"
                  + current.years().getFirst()
                  + "-"
                  + current.years().getLast()
                  + ".xlsx");
          event.setContentType(XLSX);
          RollUpWorkbook.writeXlsx(
              current.years(),
              lines(current),
              figures(current),
              this::getTranslation,
              event.getOutputStream());
        };
    Anchor export = new Anchor(xlsx, getTranslation("facts.rollup.xlsx"));
    export.setId("rollup-xlsx");
    export.getElement().setAttribute("download", true);
    add(new Paragraph(export));
    add(Content.scrollBox(table(rollUp), getTranslation("facts.rollup.title")));
    add(new H2(getTranslation("facts.rollup.sources")));
    add(Content.scrollBox(sources(rollUp), getTranslation("facts.rollup.sources")));
  }

  private NativeTable table(RollUp rollUp) {
    NativeTable table = new NativeTable();
    table.setId("rollup-table");
    table.addClassName("facts-table");
    NativeTableRow head = new NativeTableRow();
    head.add(
        new NativeTableHeaderCell(getTranslation("export.rollup.indicator")),
        new NativeTableHeaderCell(getTranslation("export.rollup.measure")),
        new NativeTableHeaderCell(getTranslation("export.rollup.unit-kind")));
    rollUp.years().forEach(y -> head.add(new NativeTableHeaderCell(Integer.toString(y))));
    table.getHead().add(head);
    if (rollUp.lines().isEmpty()) {
      NativeTableRow none = new NativeTableRow();
      NativeTableCell cell = new NativeTableCell(getTranslation("export.rollup.none"));
      cell.getElement().setAttribute("colspan", Integer.toString(3 + rollUp.years().size()));
      none.add(cell);
      table.getBody().add(none);
    }
    for (RollUp.Line line : rollUp.lines()) {
      NativeTableRow row = new NativeTableRow();
      row.addClassName(line.unitKind() == null ? "rollup-total" : "rollup-kind");
      row.getElement().setAttribute("data-name", line.indicator());
      row.add(
          new NativeTableCell(line.indicator()),
          new NativeTableCell(line.measure() == null ? "" : line.measure()),
          new NativeTableCell(kindLabel(line)));
      for (int year : rollUp.years()) {
        BigDecimal v = line.values().get(year);
        String text =
            v == null
                ? ""
                : getTranslation(
                    line.mean() ? "facts.rollup.mean-of" : "facts.rollup.sum-of",
                    FigureFormat.format(v),
                    String.valueOf(line.units().get(year)));
        NativeTableCell cell = new NativeTableCell(text);
        cell.getElement().setAttribute("data-year", Integer.toString(year));
        BigDecimal target = line.targets().get(year);
        if (target != null) {
          // The target beside the result, so a shortfall reads at a glance.
          Span aim =
              new Span(
                  getTranslation(
                      "facts.rollup.target-of",
                      FigureFormat.format(target),
                      String.valueOf(line.targetUnits().get(year))));
          aim.addClassName("rollup-target");
          cell.add(new Html("<br>"), aim);
        }
        row.add(cell);
      }
      table.getBody().add(row);
    }
    return table;
  }

  private NativeTable sources(RollUp rollUp) {
    NativeTable table = new NativeTable();
    table.setId("rollup-figures");
    table.addClassName("facts-table");
    NativeTableRow head = new NativeTableRow();
    for (String key :
        List.of(
            "export.rollup.indicator",
            "export.rollup.unit",
            "export.rollup.year",
            "export.rollup.value",
            "export.rollup.target",
            "export.rollup.file",
            "export.rollup.decided-by")) {
      head.add(new NativeTableHeaderCell(getTranslation(key)));
    }
    table.getHead().add(head);
    for (ReportFact f : rollUp.figures()) {
      NativeTableRow row = new NativeTableRow();
      row.addClassName("rollup-figure");
      NativeTableCell source = new NativeTableCell();
      if (f.report() != null && f.fileId() != null) {
        Anchor link =
            new Anchor(
                ReportFileLink.url(f.report().documentId(), f.fileId(), f.page()),
                (f.fileName() == null ? "" : f.fileName())
                    + (f.page() == null ? "" : " – " + getTranslation("facts.page", f.page())));
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("router-ignore", true);
        source.add(link);
      }
      row.add(
          new NativeTableCell(f.name() + (f.measure() == null ? "" : " (" + f.measure() + ")")),
          new NativeTableCell(f.unit() == null ? "" : f.unit().label()),
          new NativeTableCell(String.valueOf(f.year())),
          new NativeTableCell(FigureFormat.format(f.value())),
          new NativeTableCell(rollUp.targetOf(f).map(RollUp.Target::text).orElse("")),
          source,
          new NativeTableCell(
              getTranslation(
                  "facts.decided",
                  getTranslation(f.decision().messageKey()),
                  f.decidedBy(),
                  Dates.format(f.decidedAt(), clock.getZone()))));
      table.getBody().add(row);
    }
    return table;
  }

  private String kindLabel(RollUp.Line line) {
    return line.unitKind() == null
        ? getTranslation("facts.rollup.all-kinds")
        : getTranslation(line.unitKind().messageKey());
  }

  private List<RollUpWorkbook.Line> lines(RollUp rollUp) {
    List<RollUpWorkbook.Line> lines = new ArrayList<>();
    for (RollUp.Line line : rollUp.lines()) {
      List<BigDecimal> values = new ArrayList<>();
      List<BigDecimal> targets = new ArrayList<>();
      rollUp.years().forEach(y -> values.add(line.values().get(y)));
      rollUp.years().forEach(y -> targets.add(line.targets().get(y)));
      lines.add(
          new RollUpWorkbook.Line(
              line.indicator(), line.measure(), kindLabel(line), values, line.mean(), targets));
    }
    return lines;
  }

  private List<RollUpWorkbook.Figure> figures(RollUp rollUp) {
    return rollUp.figures().stream()
        .map(
            f ->
                new RollUpWorkbook.Figure(
                    f.name(),
                    f.measure(),
                    f.unit() == null ? "" : f.unit().label(),
                    Objects.requireNonNull(f.year()),
                    Objects.requireNonNull(f.value()),
                    rollUp.targetOf(f).map(RollUp.Target::text).orElse(null),
                    getTranslation(f.decision().messageKey()),
                    f.fileName(),
                    f.page(),
                    f.decidedBy(),
                    Dates.format(f.decidedAt(), clock.getZone())))
        .toList();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("facts.rollup.title");
  }
}
