/** The unit's workspace: the year's deadline and report, the upload of its files, their status. */
@NullMarked
package vn.thidua.portal.reports.ui;

import org.jspecify.annotations.NullMarked;
