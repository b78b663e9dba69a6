package vn.thidua.indexer.extraction;

import org.jspecify.annotations.Nullable;

/**
 * The text of one page of a paged document, or of a whole file when {@code page} is null.
 *
 * @param page page number from 1, or null for formats without pages (DOCX, ODT, ...)
 * @param text text normalised by {@link vn.thidua.indexer.folding.VietnameseText#normalize}
 */
public record PageText(@Nullable Integer page, String text) {}
