package vn.thidua.indexer.extraction;

import java.nio.file.Path;

/**
 * Turns one file into text and never throws for anything the file does: every outcome is an {@link
 * ExtractionResult}. The indexer's is {@link ForkedExtractor}, which runs {@link TextExtractor} in
 * child processes so that a hostile file cannot take the indexer down; {@code
 * TextExtractor::extract} is the same work in the caller's own process.
 */
@FunctionalInterface
public interface FileExtractor {

  /** Extracts the text of {@code file}; {@code fileName} is a hint for detection only. */
  ExtractionResult extract(Path file, String fileName, ExtractionListener listener);
}
