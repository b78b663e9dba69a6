/**
 * Files of published public content (the plan's PDF and DOCX, story covers and images, the evidence
 * of initiatives) served to readers through the portal: {@link vn.thidua.portal.files.PublicFiles}
 * makes their addresses, the controller streams them from Strapi after checking that the file
 * belongs to an entry a reader may see.
 */
@NullMarked
package vn.thidua.portal.files;

import org.jspecify.annotations.NullMarked;
