/**
 * Text extraction: Tika behind {@link vn.thidua.indexer.extraction.TextExtractor}, which detects
 * the type from the content, runs Tesseract only on PDF pages without a text layer and on images,
 * keeps the text of each PDF page, and answers with an {@link
 * vn.thidua.indexer.extraction.ExtractionResult} whose status says what happened in words. The
 * indexer runs it in parser processes of their own ({@link
 * vn.thidua.indexer.extraction.ForkedExtractor}, {@link
 * vn.thidua.indexer.extraction.ExtractionWorker}), so that a hostile file fails alone.
 */
@NullMarked
package vn.thidua.indexer.extraction;

import org.jspecify.annotations.NullMarked;
