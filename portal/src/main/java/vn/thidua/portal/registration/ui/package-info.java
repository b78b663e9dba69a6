/** The unit's registration page and the registration column of the reviewer's board. */
@NullMarked
package vn.thidua.portal.registration.ui;

import org.jspecify.annotations.NullMarked;
