/**
 * Scoring (chấm điểm, issue 12): the rules of an office's score sheet (editable until submitted,
 * changed after that only through a recorded reopening), points within a criterion's maximum and
 * only for the office's own criteria, totals per unit and year, ranking within a kind of unit, and
 * the eligibility threshold from Strapi's site setting. Pure Java for now; the office's screens
 * come in a later phase.
 */
@NullMarked
package vn.thidua.portal.scoring;

import org.jspecify.annotations.NullMarked;
