/**
 * The views of facts read from reports: the suggestions panel of the reviewer's report view ({@link
 * vn.thidua.portal.facts.ui.FactsPanel}) and the staff page of the five-year roll-up.
 *
 * <p>A named interface of the {@code facts} module: the review module shows the panel in its report
 * view.
 */
@NullMarked
@NamedInterface("ui")
package vn.thidua.portal.facts.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
