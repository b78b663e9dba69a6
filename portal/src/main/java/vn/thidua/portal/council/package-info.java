/**
 * The emulation and reward council: award proposals per stage (annual, mid-term 2027, final 2030)
 * with their linked evidence (picked from the recipient unit's own initiatives and reports), and
 * the decision (number, date, form), which publishes the award so the public honours list follows.
 */
@NullMarked
package vn.thidua.portal.council;

import org.jspecify.annotations.NullMarked;
