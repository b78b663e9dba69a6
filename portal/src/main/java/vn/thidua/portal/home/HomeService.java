package vn.thidua.portal.home;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.thidua.portal.campaign.CampaignCalendar;
import vn.thidua.portal.campaign.PlanService;
import vn.thidua.portal.campaign.ReportDeadline;
import vn.thidua.portal.stories.StoryService;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.Column;
import vn.thidua.portal.strapi.model.SiteSetting;
import vn.thidua.portal.strapi.model.Story;

/**
 * What the home page shows, all public content: the plan and the countdown come from the one
 * campaign calendar ({@link PlanService}), so the home page and the unit desk name the same
 * deadline; the stories from {@link StoryService}. Each read is cached and served stale while
 * Strapi is down.
 */
@Service
public class HomeService {

  private final PlanService plans;
  private final StoryService stories;

  HomeService(PlanService plans, StoryService stories) {
    this.plans = plans;
    this.stories = stories;
  }

  /** The site's settings in {@code language}. */
  public Cached<Optional<SiteSetting>> settings(Locale language) {
    return plans.settings(language);
  }

  /** The plan the movement runs under now, in {@code language}. */
  public Cached<Optional<Campaign>> activePlan(Locale language) {
    return plans.activePlan(language);
  }

  /** The days left before this year's reports are due. */
  public ReportDeadline countdown() {
    return plans.countdown();
  }

  /** The plan's phases and where today stands among them. */
  public List<CampaignCalendar.PhaseStanding> timeline(Campaign plan) {
    return plans.timeline(plan);
  }

  /** The exemplars: up to {@code limit} featured stories. */
  public Cached<List<Story>> featured(int limit, Locale language) {
    return stories.featured(limit, language);
  }

  /** The story columns. */
  public Cached<List<Column>> columns(Locale language) {
    return stories.columns(language);
  }

  /** The newest {@code limit} stories of a column. */
  public Cached<List<Story>> latest(String columnSlug, int limit, Locale language) {
    return stories.page(columnSlug, 1, limit, language).map(page -> page.data());
  }
}
