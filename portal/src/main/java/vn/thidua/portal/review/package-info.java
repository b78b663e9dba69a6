/**
 * The reviewer's side (Culture–Society office): the compliance board of a year (each unit on time,
 * late or missing, by unit kind, with a reminder list to export) and the review of one report
 * (accept, or return with a comment the unit reads), every change kept in the report's history.
 */
@NullMarked
package vn.thidua.portal.review;

import org.jspecify.annotations.NullMarked;
