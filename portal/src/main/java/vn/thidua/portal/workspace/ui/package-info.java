/** The workspaces of signed-in units and staff. */
@NullMarked
package vn.thidua.portal.workspace.ui;

import org.jspecify.annotations.NullMarked;
