/**
 * The catalogue of initiatives and exemplars: {@link
 * vn.thidua.portal.initiatives.InitiativeService} reads published initiatives filtered by field,
 * unit kind and year; the catalogue and the initiative page are in {@code initiatives.ui}.
 */
@NullMarked
package vn.thidua.portal.initiatives;

import org.jspecify.annotations.NullMarked;
