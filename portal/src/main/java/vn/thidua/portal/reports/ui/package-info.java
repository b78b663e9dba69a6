/**
 * The unit's workspace: the year's deadline and report, the upload of its files, their status.
 *
 * <p>A named interface of the {@code reports} module: the reviewer's page shows a report's files
 * with the same {@link vn.thidua.portal.reports.ui.ReportFilesPanel}, and the initiatives desk
 * words its upload outcomes with the same {@link vn.thidua.portal.reports.ui.UploadTexts}.
 */
@NullMarked
@NamedInterface("ui")
package vn.thidua.portal.reports.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
