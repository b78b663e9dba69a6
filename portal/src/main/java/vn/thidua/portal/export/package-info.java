/**
 * Reporting upward: the year's consolidated report as XLSX (per unit: status, dates, initiatives by
 * field, indicators) and DOCX (the report upward, laid out per Decree 30/2020 with the shared
 * {@code officialdoc} frame: per unit kind and unit the report's status and date, initiatives by
 * field, confirmed indicators beside the targets the unit registered, and proposals, then the
 * movement's totals with the registered targets added up beside them; issuer and signer from the
 * site-setting), and the list of units to remind with their contacts (XLSX), made with Apache POI.
 */
@NullMarked
package vn.thidua.portal.export;

import org.jspecify.annotations.NullMarked;
