/**
 * Where each role lands after sign-in ({@code workspace.ui}): the links to the desks of its role.
 * The desks themselves live with their features ({@code reports}, {@code initiatives}, {@code
 * stories}, …).
 */
@NullMarked
package vn.thidua.portal.workspace;

import org.jspecify.annotations.NullMarked;
