/**
 * A nomination's dossier (hồ sơ thành tích, issue 13): one PDF per council proposal with a cover
 * (recipient, award form, stage, year, scores), a table of contents of its claims, and every claim
 * followed by the page that proves it — the cited report page itself (a PDF page imported as it is,
 * or the page's extracted text laid out), the initiatives with their evidence, the stories about
 * the recipient — each claim linked to its page inside the dossier and to the portal. Also the
 * other way round: which nominations, awards and stories cite a report file.
 */
@NullMarked
package vn.thidua.portal.dossier;

import org.jspecify.annotations.NullMarked;
