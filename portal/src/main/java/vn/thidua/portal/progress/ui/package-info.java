/** Progress (tiến độ) of the movement in charts and tables. */
@NullMarked
package vn.thidua.portal.progress.ui;

import org.jspecify.annotations.NullMarked;
