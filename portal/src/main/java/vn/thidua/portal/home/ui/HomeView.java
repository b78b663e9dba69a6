package vn.thidua.portal.home.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import vn.thidua.portal.campaign.CampaignCalendar;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.campaign.ui.PhaseTimeline;
import vn.thidua.portal.home.HomeService;
import vn.thidua.portal.shell.Dates;
import vn.thidua.portal.shell.Routes;
import vn.thidua.portal.shell.SiteInfo;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.shell.ui.Content;
import vn.thidua.portal.shell.ui.MainLayout;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.RichText;
import vn.thidua.portal.strapi.model.SiteSetting;
import vn.thidua.portal.strapi.model.Story;

/**
 * The home page: the movement and its purpose, where today stands among the phases, the days left
 * before this year's reports are due, the exemplars, the latest stories of each column, a search.
 */
@Route(value = Routes.HOME, layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

  private static final int LATEST_PER_COLUMN = 3;

  HomeView(SiteInfo site, HomeService home) {
    addClassNames("portal-page", "portal-home");
    Optional<SiteSetting> settings = StaleContent.unwrap(home.settings(getLocale()));
    Optional<Campaign> plan = StaleContent.unwrap(home.activePlan(getLocale()));

    Section hero = new Section();
    hero.addClassName("portal-hero");
    Span kicker = new Span(getTranslation("home.kicker"));
    kicker.addClassName("portal-kicker");
    hero.add(kicker, new H1(site.movementName(getLocale())));
    plan.map(Campaign::purpose)
        .map(HomeView::firstParagraph)
        .ifPresent(p -> hero.add(Content.richText(p)));
    hero.add(
        new Paragraph(
            Content.link(Routes.CAMPAIGN, getTranslation("home.read-plan")),
            new Span(" · "),
            Content.link(Routes.INITIATIVES, getTranslation("home.see-initiatives"))));
    add(hero);

    Div facts = new Div();
    facts.addClassName("portal-facts");
    facts.add(countdown(home.countdown(), settings));
    plan.ifPresent(p -> facts.add(timeline(home.timeline(p))));
    add(facts);

    add(searchBox());
    add(exemplars(StaleContent.unwrap(home.featured(4, getLocale()))));
    add(latest(home));
  }

  private static RichText firstParagraph(RichText text) {
    String first = text.source().strip().split("\\n\\s*\\n", 2)[0];
    // The plan numbers its purposes "a) ...", "b) ..."; alone on the home page the letter reads
    // as a stray mark.
    return RichText.of(first.replaceFirst("^[a-zđ]\\)\\s+", ""));
  }

  private Section countdown(ReportDeadline c, Optional<SiteSetting> settings) {
    Section box = new Section();
    box.addClassNames("portal-card", "portal-countdown");
    box.add(new H2(getTranslation("home.deadline.heading", c.deadline().getYear())));
    Span days = new Span(String.valueOf(c.daysLeft()));
    days.addClassName("portal-countdown-days");
    Paragraph left =
        c.daysLeft() == 0
            ? new Paragraph(getTranslation("home.deadline.today"))
            : new Paragraph(days, new Span(" " + getTranslation("home.deadline.days-left")));
    box.add(left);
    box.add(
        new Paragraph(
            getTranslation(
                "home.deadline.text",
                Dates.format(c.deadline()),
                settings.map(SiteSetting::reportRecipient).orElse(""))));
    if (c.thisYearPassed()) {
      box.add(new Paragraph(getTranslation("home.deadline.passed")));
    }
    return box;
  }

  private Section timeline(List<CampaignCalendar.PhaseStanding> phases) {
    Section box = new Section();
    box.addClassNames("portal-card");
    box.add(new H2(getTranslation("home.phases.heading")));
    box.add(new PhaseTimeline(phases, false));
    return box;
  }

  private Section searchBox() {
    Section box = new Section();
    box.addClassNames("portal-home-search");
    H2 heading = new H2(getTranslation("home.search.heading"));
    TextField query = new TextField(getTranslation("home.search.label"));
    query.setPlaceholder(getTranslation("home.search.placeholder"));
    query.setWidthFull();
    Button go = new Button(getTranslation("home.search.submit"));
    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Runnable search =
        () -> {
          String q = query.getValue().strip();
          if (!q.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(Routes.SEARCH, QueryParameters.of("q", q)));
          }
        };
    go.addClickListener(e -> search.run());
    query.addKeyPressListener(Key.ENTER, e -> search.run());
    Div row = new Div(query, go);
    row.addClassName("portal-search-row");
    box.add(heading, row);
    return box;
  }

  private Section exemplars(List<Story> featured) {
    Section box = new Section();
    box.add(new H2(getTranslation("home.exemplars.heading")));
    if (featured.isEmpty()) {
      box.add(Content.empty(getTranslation("home.exemplars.none")));
      return box;
    }
    Div grid = new Div();
    grid.addClassName("portal-cards");
    for (Story story : featured) {
      Div card = new Div();
      card.addClassName("portal-card");
      card.add(new H3(Content.link(Routes.story(story.slug()), story.title())));
      if (story.summary() != null) {
        card.add(new Paragraph(story.summary().source()));
      }
      if (story.publishedDate() != null) {
        card.add(Content.tag(Dates.format(story.publishedDate())));
      }
      grid.add(card);
    }
    box.add(grid);
    return box;
  }

  private Section latest(HomeService home) {
    Section box = new Section();
    box.add(new H2(getTranslation("home.latest.heading")));
    Div grid = new Div();
    grid.addClassName("portal-cards");
    for (Column column : StaleContent.unwrap(home.columns(getLocale()))) {
      List<Story> latest =
          StaleContent.unwrap(home.latest(column.slug(), LATEST_PER_COLUMN, getLocale()));
      if (latest.isEmpty()) {
        continue;
      }
      Div card = new Div();
      card.addClassName("portal-card");
      card.add(
          new H3(
              Content.link(
                  Routes.STORIES + "?" + StoriesLink.COLUMN + "=" + column.slug(), column.name())));
      UnorderedList list = new UnorderedList();
      for (Story story : latest) {
        ListItem li = new ListItem(Content.link(Routes.story(story.slug()), story.title()));
        if (story.publishedDate() != null) {
          li.add(new Span(" · " + Dates.format(story.publishedDate())));
        }
        list.add(li);
      }
      card.add(list);
      grid.add(card);
    }
    box.add(grid);
    return box;
  }

  /** The query parameter of the stories page (kept here so home does not import its view). */
  private static final class StoriesLink {
    static final String COLUMN = "chuyen-muc";
  }

  @Override
  public String getPageTitle() {
    return getTranslation("home.title");
  }
}
