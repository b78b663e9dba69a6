package vn.thidua.portal.stories;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a story stands for readers, as Strapi's own admin tells it: a draft never published, a
 * published story whose draft is what readers see, or one changed since it was published (its draft
 * was written after its published version).
 */
public enum StoryState {
  DRAFT("editor.state.draft"),
  PUBLISHED("editor.state.published"),
  CHANGED("editor.state.changed");

  private final String messageKey;

  StoryState(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /**
   * The state from the two versions Strapi 5 keeps: the draft's and the published version's last
   * write (null when there is no published version). Strapi's content manager compares them the
   * same way (document-metadata's {@code getIsVersionLatestModification}).
   */
  public static StoryState of(
      @Nullable Instant draftUpdatedAt, @Nullable Instant publishedUpdatedAt) {
    if (publishedUpdatedAt == null) {
      return DRAFT;
    }
    if (draftUpdatedAt != null && draftUpdatedAt.isAfter(publishedUpdatedAt)) {
      return CHANGED;
    }
    return PUBLISHED;
  }
}
