/**
 * Administrative documents laid out per Decree 30/2020/NĐ-CP (công tác văn thư): the A4 page with
 * the decree's margins, the heading (issuing body and number on the left, national motto and slogan
 * on the right, each on one line, place and date under them), "Nơi nhận" beside the signer. The
 * council's award decision and the consolidated report upward both draw their frame here, so the
 * two documents a commune sends out look alike and the motto block exists once.
 */
@NullMarked
package vn.thidua.portal.officialdoc;

import org.jspecify.annotations.NullMarked;
