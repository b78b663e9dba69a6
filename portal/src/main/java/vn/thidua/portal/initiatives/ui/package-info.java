/** Exemplars and initiatives (sáng kiến, điển hình). */
@NullMarked
package vn.thidua.portal.initiatives.ui;

import org.jspecify.annotations.NullMarked;
