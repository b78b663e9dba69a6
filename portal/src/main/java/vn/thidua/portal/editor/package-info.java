/**
 * The editor's desk (public service centre): story drafts written in the portal, previewed and
 * published to Strapi, and exemplar stories written from an initiative or from a passage of an
 * accepted report (file, page, words) that keep a link to their source, so a reader can go from the
 * story to the evidence and back.
 */
@NullMarked
package vn.thidua.portal.editor;

import org.jspecify.annotations.NullMarked;
