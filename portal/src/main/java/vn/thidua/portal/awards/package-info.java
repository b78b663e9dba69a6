/**
 * Honours: {@link vn.thidua.portal.awards.AwardService} reads the awards that have been decided
 * (never a mere proposal) for the public; the page, by stage and form, is in {@code awards.ui}.
 */
@NullMarked
package vn.thidua.portal.awards;

import org.jspecify.annotations.NullMarked;
