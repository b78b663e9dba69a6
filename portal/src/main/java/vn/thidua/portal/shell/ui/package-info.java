/**
 * The layout of every page ({@link vn.thidua.portal.shell.ui.MainLayout}: header, navigation,
 * search box, language switch, stale-content notice, footer) and the friendly error pages.
 *
 * <p>A named interface of the {@code shell} module: every view sits in this layout and builds its
 * content with {@link vn.thidua.portal.shell.ui.Content}.
 */
@NullMarked
@NamedInterface("ui")
package vn.thidua.portal.shell.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
