package vn.thidua.portal.campaign;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.thidua.portal.strapi.Cached;
import vn.thidua.portal.strapi.ContentType;
import vn.thidua.portal.strapi.SingleType;
import vn.thidua.portal.strapi.StrapiClient;
import vn.thidua.portal.strapi.StrapiNotFoundException;
import vn.thidua.portal.strapi.StrapiQuery;
import vn.thidua.portal.strapi.model.Campaign;
import vn.thidua.portal.strapi.model.SiteSetting;

/**
 * Reads the plan and the site's settings as the public sees them (published, cached; stale while
 * Strapi is down, see {@link Cached}).
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

  PlanService(StrapiClient strapi) {
    this.strapi = strapi;
  }

  /** The site's settings with the active plan's slug; empty when Strapi has none. */
  public Cached<Optional<SiteSetting>> settings() {
    try {
      return strapi
          .findSinglePublic(
              SingleType.SITE_SETTING, StrapiQuery.create().populate("activeCampaign"))
          .map(Optional::of);
    } catch (StrapiNotFoundException e) {
      return new Cached<>(Optional.empty(), false, java.time.Instant.EPOCH);
    }
  }

  /**
   * The active plan with all its parts: the one the site-setting names, else the latest published.
   */
  public Cached<Optional<Campaign>> activePlan() {
    Optional<String> slug = settings().value().map(SiteSetting::activeCampaign).map(Campaign::slug);
    StrapiQuery full = StrapiQuery.create().populate(PLAN_PARTS);
    if (slug.isPresent()) {
      Cached<Optional<Campaign>> named =
          strapi.findBySlugPublic(ContentType.CAMPAIGNS, slug.get(), full);
      if (named.value().isPresent()) {
        return named;
      }
    }
    return strapi
        .findPublic(ContentType.CAMPAIGNS, full.sortDesc("issuedDate").page(1, 1))
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
}
