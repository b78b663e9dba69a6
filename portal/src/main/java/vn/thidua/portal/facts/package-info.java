/**
 * Facts read from report files (issue 13), confirmed by people: the indexer reads each report
 * file's number, date, indicator table, initiatives and the criteria its passages support; the
 * reviewer confirms, corrects or rejects each, and what was decided is kept in Strapi ({@code
 * report-facts}) with its file, page, who decided and when. Confirmed initiatives become draft
 * initiatives of the unit; confirmed indicators add up to the movement's five-year roll-up (by
 * indicator, unit kind and year), exported as XLSX.
 */
@NullMarked
package vn.thidua.portal.facts;

import org.jspecify.annotations.NullMarked;
