/**
 * The layout of every page ({@link vn.thidua.portal.shell.ui.MainLayout}: header, navigation,
 * search box, language switch, stale-content notice, footer) and the friendly error pages.
 */
@NullMarked
package vn.thidua.portal.shell.ui;

import org.jspecify.annotations.NullMarked;
