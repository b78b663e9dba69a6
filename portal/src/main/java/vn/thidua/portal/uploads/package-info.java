/**
 * Files units send, received in one place: {@link vn.thidua.portal.uploads.UploadService} streams a
 * file to disk with the size limit enforced as the bytes arrive ({@link
 * vn.thidua.portal.uploads.LimitedCopy}), checks its type by content, not by name ({@link
 * vn.thidua.portal.uploads.FileType}), checks that its destination is the signed-in unit's own
 * report or initiative before a byte goes to Strapi, and keeps it in the spool ({@link
 * vn.thidua.portal.uploads.UploadSpool}) while Strapi cannot take it. The reports and initiatives
 * modules say where a file goes; the unit reads the {@link vn.thidua.portal.uploads.UploadOutcome}.
 */
@NullMarked
package vn.thidua.portal.uploads;

import org.jspecify.annotations.NullMarked;
