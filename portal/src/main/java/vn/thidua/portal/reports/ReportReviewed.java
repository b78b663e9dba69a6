package vn.thidua.portal.reports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer accepted a unit's report or returned it with a comment; published once the decision is
 * in the report's history, so whoever tells the unit (the notices) never tells of a decision that
 * was not kept.
 *
 * @param reportDocumentId the report
 * @param unitDocumentId its unit
 * @param year the report's year
 * @param accepted accepted, or else returned for changes
 * @param comment the reviewer's comment (required when returned)
 * @param at when the decision was recorded
 */
public record ReportReviewed(
    String reportDocumentId,
    String unitDocumentId,
    @Nullable Integer year,
    boolean accepted,
    @Nullable String comment,
    Instant at) {}
