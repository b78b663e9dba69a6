/**
 * The home page's module: {@link vn.thidua.portal.home.HomeService} gathers what the page shows
 * (the active plan and its phases, the countdown to this year's reports, the exemplars and the
 * latest stories of each column) from the campaign and the stories; the page is in {@code home.ui}.
 */
@NullMarked
package vn.thidua.portal.home;

import org.jspecify.annotations.NullMarked;
