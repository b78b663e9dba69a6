/** The scoring page of an office and the ranking page of the offices and the council. */
@NullMarked
package vn.thidua.portal.scoring.ui;

import org.jspecify.annotations.NullMarked;
