package vn.thidua.portal.campaign.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import vn.thidua.portal.campaign.CampaignCalendar;
import vn.thidua.portal.shell.ui.Content;

/**
 * The movement's phases in order, each with where today stands and the review that closes it; the
 * home page shows it short, the plan page with each phase's description.
 */
public class PhaseTimeline extends OrderedList {

  public PhaseTimeline(List<CampaignCalendar.PhaseStanding> phases, boolean withDescriptions) {
    addClassName("portal-timeline");
    for (CampaignCalendar.PhaseStanding p : phases) {
      ListItem li = new ListItem();
      li.addClassName("portal-phase-" + p.standing().name().toLowerCase(Locale.ROOT));
      if (p.standing() == CampaignCalendar.Standing.CURRENT) {
        li.getElement().setAttribute("aria-current", "step");
      }
      li.add(new H3(p.phase().name()), Content.tag(getTranslation(p.standing().messageKey())));
      if (p.phase().reviewKind() != null && p.phase().reviewYear() != null) {
        li.add(
            new Paragraph(
                getTranslation(
                    "plan.review",
                    getTranslation(p.phase().reviewKind().messageKey()),
                    String.valueOf(p.phase().reviewYear()))));
      }
      if (withDescriptions) {
        li.add(Content.richText(p.phase().description()));
      }
      add(li);
    }
  }
}
