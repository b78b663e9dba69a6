/**
 * Stories (tin bài) by column and one story; the editor's desk: drafts, the story form with its
 * preview, initiatives to write up.
 */
@NullMarked
package vn.thidua.portal.stories.ui;

import org.jspecify.annotations.NullMarked;
