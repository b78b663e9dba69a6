package vn.thidua.portal.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.portal.records.AchievementRecord;
import vn.thidua.portal.records.AchievementRecord.AwardLine;
import vn.thidua.portal.records.AchievementRecord.InitiativeLine;
import vn.thidua.portal.records.AchievementRecord.ReportLine;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.ui.Content;

/**
 * A record year by year, newest first; a year with nothing in it says so in one line. Plain lists
 * under headings, so a screen reader walks year, kind of entry, entry.
 */
class RecordPanel extends Div {

  RecordPanel(AchievementRecord record) {
    setId("record-years");
    List<AchievementRecord.Year> years = new ArrayList<>(record.years());
    java.util.Collections.reverse(years);
    for (AchievementRecord.Year year : years) {
      Div section = new Div();
      section.addClassName("workspace-card");
      section.setId("record-" + year.year());
      section.add(new H2(getTranslation("record.year", String.valueOf(year.year()))));
      if (year.isEmpty()) {
        section.add(Content.empty(getTranslation("record.year.empty")));
        add(section);
        continue;
      }
      if (!year.registrations().isEmpty()) {
        section.add(
            list(
                "record.registrations",
                year.registrations().stream()
                    .map(
                        r ->
                            getTranslation(
                                    r.submitted()
                                        ? "record.registration.submitted"
                                        : "record.registration.draft")
                                + (r.awardForm() == null ? "" : " — " + r.awardForm()))
                    .toList()));
      }
      if (!year.reports().isEmpty()) {
        section.add(list("record.reports", year.reports().stream().map(this::report).toList()));
      }
      if (year.score() != null) {
        section.add(
            new H3(getTranslation("record.scores")),
            new Paragraph(
                getTranslation(
                    "record.score",
                    points(year.score().total()),
                    String.valueOf(year.score().criteria()))));
      }
      if (!year.initiatives().isEmpty()) {
        section.add(new H3(getTranslation("record.initiatives")));
        UnorderedList items = new UnorderedList();
        year.initiatives().forEach(i -> items.add(new ListItem(initiative(i))));
        section.add(items);
      }
      if (!year.stories().isEmpty()) {
        section.add(new H3(getTranslation("record.stories")));
        UnorderedList items = new UnorderedList();
        year.stories()
            .forEach(s -> items.add(new ListItem(Content.link(Routes.story(s.slug()), s.title()))));
        section.add(items);
      }
      if (!year.awards().isEmpty()) {
        section.add(list("record.awards", year.awards().stream().map(this::award).toList()));
      }
      add(section);
    }
  }

  /** Points as the ranking writes them: no decimals when whole. */
  private static String points(double points) {
    return points == Math.rint(points)
        ? String.valueOf((long) points)
        : String.format(java.util.Locale.ROOT, "%.1f", points);
  }

  private Component list(String headingKey, List<String> lines) {
    Div div = new Div(new H3(getTranslation(headingKey)));
    UnorderedList items = new UnorderedList();
    lines.forEach(l -> items.add(new ListItem(l)));
    div.add(items);
    return div;
  }

  private String report(ReportLine r) {
    String title =
        r.title() == null || r.title().isBlank() ? getTranslation("record.report") : r.title();
    String stage = r.stage() == null ? "" : " (" + getTranslation(r.stage().messageKey()) + ")";
    String status = r.status() == null ? "" : ": " + getTranslation(r.status().messageKey());
    return title + stage + status;
  }

  private Component initiative(InitiativeLine i) {
    String status = i.status() == null ? "" : " — " + getTranslation(i.status().messageKey());
    if (i.slug() != null) {
      Div line = new Div(Content.link(Routes.initiative(i.slug()), i.title()));
      line.add(status);
      return line;
    }
    return new Div(i.title() + status);
  }

  private String award(AwardLine a) {
    StringBuilder s = new StringBuilder(a.form() == null ? "" : a.form());
    if (a.stage() != null) {
      s.append(" (").append(getTranslation(a.stage().messageKey())).append(')');
    }
    if (a.status() != null) {
      s.append(": ").append(getTranslation(a.status().messageKey()));
    }
    if (a.decisionNumber() != null) {
      s.append(" — ")
          .append(
              getTranslation(
                  "record.decision", a.decisionNumber(), Dates.format(a.decisionDate())));
    }
    return s.toString();
  }
}
