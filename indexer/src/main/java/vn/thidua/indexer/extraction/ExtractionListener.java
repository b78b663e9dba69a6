package vn.thidua.indexer.extraction;

/** Told about the stages of one extraction, so that a file's status can follow them. */
@FunctionalInterface
public interface ExtractionListener {

  /** A listener that ignores everything. */
  ExtractionListener NONE = () -> {};

  /** Tesseract is about to read a page or an image; it may take seconds per page. */
  void ocrStarted();
}
