/** Stories (tin bài) by column, and one story. */
@NullMarked
package vn.thidua.portal.stories.ui;

import org.jspecify.annotations.NullMarked;
