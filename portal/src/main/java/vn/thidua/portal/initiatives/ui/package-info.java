/**
 * Exemplars and initiatives (sáng kiến, điển hình): the public catalogue and initiative page, the
 * unit's initiatives desk, and the reviewer's list and review of one initiative.
 */
@NullMarked
package vn.thidua.portal.initiatives.ui;

import org.jspecify.annotations.NullMarked;
