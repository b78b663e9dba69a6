/**
 * The council's meeting (bình xét, issue 12): quorum of the members present, one vote per present
 * member on each proposal, the passing share per award form (from the plan in Strapi; default more
 * than half of the members present), and results frozen once the meeting is closed. Pure Java:
 * {@link vn.thidua.portal.meeting.CandidateSource} says who may be proposed, and the {@code
 * council} package runs meetings on these rules with Strapi behind them.
 */
@NullMarked
package vn.thidua.portal.meeting;

import org.jspecify.annotations.NullMarked;
