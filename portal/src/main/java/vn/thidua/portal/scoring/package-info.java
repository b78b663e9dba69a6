/**
 * Scoring (chấm điểm, issue 12): each office scores the criteria it owns for the units registered
 * in a year ({@link vn.thidua.portal.scoring.ScoringService}), points within a criterion's maximum,
 * with a comment and evidence; its sheet is editable until it submits it, and changes after that
 * only through a recorded reopening ({@link vn.thidua.portal.scoring.ScoreSheet}). {@link
 * vn.thidua.portal.scoring.RankingService} gives the totals over both offices, the ranking within
 * each kind of unit and the eligibility against the threshold of Strapi's site setting; the views
 * live in {@code ui}.
 */
@NullMarked
package vn.thidua.portal.scoring;

import org.jspecify.annotations.NullMarked;
