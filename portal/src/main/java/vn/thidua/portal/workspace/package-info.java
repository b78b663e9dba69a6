/**
 * Where each role lands after sign-in, and the unit's initiatives: registration with evidence
 * files, the criteria they meet, and a self-assessment per criterion pointing at its evidence (file
 * and page).
 */
@NullMarked
package vn.thidua.portal.workspace;

import org.jspecify.annotations.NullMarked;
