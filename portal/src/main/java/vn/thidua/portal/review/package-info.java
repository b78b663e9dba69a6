/**
 * The reviewer's side (Culture–Society office): the compliance board of a year (each unit on time,
 * late or missing, by unit kind, with a reminder list to export) and the review of one report
 * (accept, or return with a comment the unit reads), every change kept in the report's history; the
 * review of the initiatives units register ({@link vn.thidua.portal.review.InitiativeWorkflow}:
 * verify, recognise, return with a comment, publish to or take off the public catalogue), every
 * step kept in a private trail.
 */
@NullMarked
package vn.thidua.portal.review;

import org.jspecify.annotations.NullMarked;
