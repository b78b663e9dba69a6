/**
 * Stories (tin bài): {@link vn.thidua.portal.stories.StoryService} pages them by column from Strapi
 * as the public reads them; the editor's desk ({@link vn.thidua.portal.stories.StoryDesk}, public
 * service centre) writes drafts in the portal, previews and publishes them to Strapi, and writes
 * exemplar stories from an initiative or from a passage of an accepted report (file, page, words)
 * that keep a link to their source, so a reader can go from the story to the evidence and back. The
 * list, the story page and the editor's desk are in {@code stories.ui}.
 */
@NullMarked
package vn.thidua.portal.stories;

import org.jspecify.annotations.NullMarked;
