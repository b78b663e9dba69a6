package vn.thidua.portal.editor;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes; the source fields lead a reader to the evidence.
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
    @Nullable String sourceExcerpt) {}
