/**
 * The plan (kế hoạch) as readers see it. *
 *
 * <p>A named interface of the {@code campaign} module: the home page shows the same phase timeline,
 * and the staff desks the same year picker over the campaign's years.
 */
@NullMarked
@NamedInterface("ui")
package vn.thidua.portal.campaign.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
