/**
 * Reporting upward: the year's consolidated report as XLSX (per unit: status, dates, initiatives by
 * field, indicators) and DOCX (a narrative summary laid out as an administrative report), made with
 * Apache POI.
 */
@NullMarked
package vn.thidua.portal.export;

import org.jspecify.annotations.NullMarked;
