package vn.thidua.portal.stories;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes; the source fields lead a reader to the evidence: the initiative the story
 * comes from, or the report, its file and page and the passage quoted.
 *
 * @param body Markdown (the rich-text field's HTML is turned into it by {@link StoryMarkdown})
 * @param details column, cover, tags, featured flag and publication date
 */
public record StoryDraft(
    String title,
    String summary,
    String body,
    @Nullable String sourceInitiativeDocumentId,
    @Nullable String unitDocumentId,
    @Nullable String sourceFileName,
    @Nullable Integer sourcePage,
    @Nullable String sourceExcerpt,
    @Nullable String sourceReportDocumentId,
    StoryDetails details) {

  public StoryDraft {
    details = details == null ? StoryDetails.NONE : details;
  }

  /** A story with no source yet. */
  public static StoryDraft blank(String title) {
    return new StoryDraft(title, "", "", null, null, null, null, null, null, StoryDetails.NONE);
  }

  /** The same story with these details. */
  public StoryDraft with(StoryDetails newDetails) {
    return new StoryDraft(
        title,
        summary,
        body,
        sourceInitiativeDocumentId,
        unitDocumentId,
        sourceFileName,
        sourcePage,
        sourceExcerpt,
        sourceReportDocumentId,
        newDetails);
  }
}
