/**
 * The plan (kế hoạch) that launches the movement: {@link vn.thidua.portal.campaign.PlanService}
 * reads the active plan and the site's settings from Strapi for the public pages, {@link
 * vn.thidua.portal.campaign.CampaignCalendar} says where today stands among the phases and how long
 * is left before this year's report deadline. The plan's page is in {@code campaign.ui}.
 */
@NullMarked
package vn.thidua.portal.campaign;

import org.jspecify.annotations.NullMarked;
