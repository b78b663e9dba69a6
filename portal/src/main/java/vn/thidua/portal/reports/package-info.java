/**
 * Units' reports: the year's deadline and whether each unit sent on time, late or not at all; the
 * streamed, size-limited, content-checked upload of report files to Strapi (with a durable spool
 * while Strapi is down); the files' extraction status and text from the indexer; the review states
 * and their history; who may read which report. {@link vn.thidua.portal.reports.ReportService} is
 * the public API; views live in {@code ui}.
 */
@NullMarked
package vn.thidua.portal.reports;

import org.jspecify.annotations.NullMarked;
