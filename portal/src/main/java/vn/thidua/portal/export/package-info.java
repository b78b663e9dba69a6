/**
 * Reporting upward: the year's consolidated report as XLSX (per unit: status, dates, initiatives by
 * field, indicators) and DOCX (a narrative summary laid out as an administrative report), and the
 * list of units to remind with their contacts (XLSX), made with Apache POI.
 */
@NullMarked
package vn.thidua.portal.export;

import org.jspecify.annotations.NullMarked;
