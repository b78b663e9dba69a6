package vn.thidua.indexer.indexing;

import org.jspecify.annotations.Nullable;

/** The text of one indexed page of a file, as the file-text endpoint shows it. */
public record StoredPage(@Nullable Integer page, String text) {}
