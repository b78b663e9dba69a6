/** Honours (khen thưởng) by stage and form. */
@NullMarked
package vn.thidua.portal.awards.ui;

import org.jspecify.annotations.NullMarked;
