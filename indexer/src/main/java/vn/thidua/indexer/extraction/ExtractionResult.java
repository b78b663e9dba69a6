package vn.thidua.indexer.extraction;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.thidua.indexer.reason.Reason;

/**
 * What the extractor made of one file.
 *
 * @param status how it ended
 * @param reason why it ended so, as a code the portal translates; null when all went well
 * @param mediaType the type detected from the content
 * @param pages the text, one entry per PDF page or one for the whole file; empty without text
 * @param ocrUsed whether Tesseract read some of it
 */
public record ExtractionResult(
    ExtractionStatus status,
    @Nullable Reason reason,
    String mediaType,
    List<PageText> pages,
    boolean ocrUsed) {

  public ExtractionResult {
    pages = List.copyOf(pages);
  }

  static ExtractionResult refused(ExtractionStatus status, Reason reason, String mediaType) {
    return new ExtractionResult(status, reason, mediaType, List.of(), false);
  }

  /** The number of characters of text over all pages. */
  public long characters() {
    return pages.stream().mapToLong(p -> p.text().length()).sum();
  }
}
