/** The council's view: proposals per stage and the form to record a decision. */
@NullMarked
package vn.thidua.portal.council.ui;

import org.jspecify.annotations.NullMarked;
