/**
 * Progress (tiến độ) of the movement in charts and tables, among them the confirmed figures of the
 * accepted reports beside the registered targets ({@link
 * vn.thidua.portal.progress.ui.FiguresChart}).
 *
 * <p>A named interface of the {@code progress} module: a unit's public record page shows the unit's
 * own series with the same chart.
 */
@NullMarked
@NamedInterface("ui")
package vn.thidua.portal.progress.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
