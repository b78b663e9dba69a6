/**
 * Stories (tin bài) by column, as the public reads them: {@link
 * vn.thidua.portal.stories.StoryService} pages them from Strapi; the list and the story page are in
 * {@code stories.ui}.
 */
@NullMarked
package vn.thidua.portal.stories;

import org.jspecify.annotations.NullMarked;
