/**
 * Initiatives (sáng kiến) from registration to the public catalogue: a unit registers its
 * initiatives with evidence files, the criteria they meet and a self-assessment per criterion
 * pointing at its evidence ({@link vn.thidua.portal.initiatives.InitiativeRegistration}); the
 * Culture–Society office reviews them ({@link vn.thidua.portal.initiatives.InitiativeWorkflow}:
 * verify, recognise, return with a comment, publish to or take off the public catalogue), every
 * step kept in a private trail; the public reads the published ones filtered by field, unit kind
 * and year ({@link vn.thidua.portal.initiatives.InitiativeService}). The views are in {@code
 * initiatives.ui}.
 */
@NullMarked
package vn.thidua.portal.initiatives;

import org.jspecify.annotations.NullMarked;
