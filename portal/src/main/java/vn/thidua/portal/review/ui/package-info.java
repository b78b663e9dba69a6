/** The reviewer's views: the compliance board and the review of one report. */
@NullMarked
package vn.thidua.portal.review.ui;

import org.jspecify.annotations.NullMarked;
