/** The plan (kế hoạch) as readers see it. */
@NullMarked
package vn.thidua.portal.campaign.ui;

import org.jspecify.annotations.NullMarked;
