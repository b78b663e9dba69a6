package vn.thidua.portal.editor;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes; the source fields lead a reader to the evidence: the initiative the story
 * comes from, or the report, its file and page and the passage quoted.
 *
 * @param body Markdown
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
    @Nullable String sourceReportDocumentId) {

  /** A story with no source yet. */
  public static StoryDraft blank(String title) {
    return new StoryDraft(title, "", "", null, null, null, null, null, null);
  }
}
