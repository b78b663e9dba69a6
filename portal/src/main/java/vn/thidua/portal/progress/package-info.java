/**
 * The movement's progress in figures: {@link vn.thidua.portal.progress.ProgressService} counts
 * reports received per year and kind of unit, initiatives per field and decided awards per stage;
 * {@link vn.thidua.portal.progress.BarChart} draws them as accessible SVG on the server. The page,
 * with a table of the same figures beside each chart, is in {@code progress.ui}.
 */
@NullMarked
package vn.thidua.portal.progress;

import org.jspecify.annotations.NullMarked;
