/**
 * What the portal checks of a file a unit sends, before a byte goes to Strapi: its size while the
 * bytes stream in ({@link vn.thidua.portal.uploads.LimitedCopy}, {@link
 * vn.thidua.portal.uploads.FileTooLargeException}), its type by content, not by name ({@link
 * vn.thidua.portal.uploads.FileType}), and the outcome the unit reads ({@link
 * vn.thidua.portal.uploads.UploadOutcome}). Receiving, the ownership check and the spool are still
 * in {@code reports.ReportService} and {@code reports.UploadSpool}, to follow here.
 */
@NullMarked
package vn.thidua.portal.uploads;

import org.jspecify.annotations.NullMarked;
