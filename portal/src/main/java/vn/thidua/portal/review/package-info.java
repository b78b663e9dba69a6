/**
 * The reviewer's side of the yearly reports (Culture–Society office): the compliance board of a
 * year (each unit on time, late or missing, by unit kind, with a reminder list to export) and the
 * review of one report (accept, or return with a comment the unit reads), every change kept in the
 * report's history. A module of its own above {@code reports}, because the review desk brings
 * together what sits on top of the reports ({@code facts}, {@code export}, {@code stories}): in
 * {@code reports} it would close a cycle. The review of initiatives is in {@code initiatives}.
 */
@NullMarked
package vn.thidua.portal.review;

import org.jspecify.annotations.NullMarked;
