/** The home page. */
@NullMarked
package vn.thidua.portal.home.ui;

import org.jspecify.annotations.NullMarked;
