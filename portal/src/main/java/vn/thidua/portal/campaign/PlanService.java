package vn.thidua.portal.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.thidua.portal.shell.StaleContent;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentLanguage;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiNotFoundException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.SiteSetting;

/**
 * The campaign calendar: the active plan, its phases and years, and the report deadline, read as
 * the public sees them (published, cached; stale while Strapi is down, see {@link Cached}). The one
 * source of truth for every module: the home page's countdown, the unit's desk, the compliance
 * board and the exports all ask here, so they cannot disagree about which plan is active or which
 * day reports are due.
 */
@Service
public class PlanService {

  private static final String[] PLAN_PARTS = {
    "contentAreas",
    "criteriaGroups.items",
    "awardForms",
    "phases",
    "responsibilities",
    "attachments"
  };

  private final StrapiClient strapi;
  private final CampaignCalendar calendar;
  private final Clock clock;

  PlanService(StrapiClient strapi, CampaignCalendar calendar, Clock clock) {
    this.strapi = strapi;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The site's settings with the active plan's slug; empty when Strapi has none. */
  public Cached<Optional<SiteSetting>> settings() {
    return settings(ContentLanguage.VIETNAMESE);
  }

  /** {@link #settings()} with its texts in the reader's language where translated. */
  public Cached<Optional<SiteSetting>> settings(Locale language) {
    try {
      return strapi
          .findSinglePublic(
              SingleType.SITE_SETTING, StrapiQuery.create().populate("activeCampaign"), language)
          .map(Optional::of);
    } catch (StrapiNotFoundException e) {
      return new Cached<>(Optional.empty(), false, java.time.Instant.EPOCH);
    }
  }

  /**
   * The active plan with all its parts: the one the site-setting names, else the latest published.
   */
  public Cached<Optional<Campaign>> activePlan() {
    return activePlan(ContentLanguage.VIETNAMESE);
  }

  /**
   * {@link #activePlan()} as a reader in {@code language} sees it: the English title, phases and
   * award forms where they are translated, the Vietnamese text elsewhere.
   */
  public Cached<Optional<Campaign>> activePlan(Locale language) {
    Optional<String> slug = settings().value().map(SiteSetting::activeCampaign).map(Campaign::slug);
    StrapiQuery full = StrapiQuery.create().populate(PLAN_PARTS);
    if (slug.isPresent()) {
      Cached<Optional<Campaign>> named =
          strapi.findBySlugPublic(ContentType.CAMPAIGNS, slug.get(), full, language);
      if (named.value().isPresent()) {
        return named;
      }
    }
    return strapi
        .findPublic(ContentType.CAMPAIGNS, full.sortDesc("issuedDate").page(1, 1), language)
        .map(page -> page.data().stream().findFirst());
  }

  /**
   * The day and month reports are due each year: the site-setting's, else the plan's; empty when
   * neither says.
   */
  public static Optional<CampaignCalendar.DueDay> dueDay(
      Optional<SiteSetting> settings, Optional<Campaign> plan) {
    Optional<CampaignCalendar.DueDay> fromSettings =
        settings.flatMap(
            s -> CampaignCalendar.DueDay.of(s.reportDeadlineDay(), s.reportDeadlineMonth()));
    return fromSettings.or(
        () ->
            plan.flatMap(
                p -> CampaignCalendar.DueDay.of(p.reportDeadlineDay(), p.reportDeadlineMonth())));
  }

  /**
   * The day and month reports are due each year: the site setting's, else the active plan's, else
   * the plan's 1 December.
   */
  public CampaignCalendar.DueDay dueDay() {
    Optional<SiteSetting> settings = StaleContent.unwrap(settings());
    Optional<Campaign> plan = StaleContent.unwrap(activePlan());
    return dueDay(settings, plan).orElse(CampaignCalendar.DueDay.PLAN_DEFAULT);
  }

  /** The deadline of {@code year}'s reports, as of today. */
  public ReportDeadline deadline(int year) {
    return ReportDeadline.of(dueDay(), year, clock);
  }

  /** The deadline ahead: this year's, or next year's once this year's has passed. */
  public ReportDeadline countdown() {
    return calendar.countdown(dueDay());
  }

  /** The years the active plan runs, from its phases (the plan: 2026 to 2030). */
  public CampaignYears years() {
    return CampaignYears.of(StaleContent.unwrap(activePlan()).orElse(null), clock);
  }

  /** The active plan's phases in order, each with where it stands this year. */
  public List<CampaignCalendar.PhaseStanding> timeline(Campaign plan) {
    return calendar.timeline(plan.phases());
  }
}
