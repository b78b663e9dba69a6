/**
 * Achievement records (hồ sơ thành tích, issue 12): everything the movement holds about one unit,
 * year by year over the campaign — registrations, reports, scores, initiatives, stories about it
 * and awards. {@link vn.thidua.portal.records.RecordService} gives staff the whole record (a unit
 * its own only) and anyone the public part: accepted reports, published initiatives and stories,
 * decided awards, nothing else. {@link vn.thidua.portal.records.RecordAssembly} holds those rules
 * as pure code; the views live in {@code ui}.
 */
@NullMarked
package vn.thidua.portal.records;

import org.jspecify.annotations.NullMarked;
