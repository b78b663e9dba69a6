/** The sign-in page. */
@NullMarked
package vn.thidua.portal.security.ui;

import org.jspecify.annotations.NullMarked;
