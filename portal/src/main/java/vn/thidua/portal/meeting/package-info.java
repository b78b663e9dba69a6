/**
 * The council's meeting (bình xét, issue 12): quorum of the members present, one vote per present
 * member on each proposal, the passing share per award form (from the plan in Strapi; default more
 * than half of the members present), and results frozen once the meeting is closed. Pure Java for
 * now; the council's screens come in a later phase. (The existing {@code council} package keeps the
 * award desk.)
 */
@NullMarked
package vn.thidua.portal.meeting;

import org.jspecify.annotations.NullMarked;
