package vn.thidua.portal.indexer;

import java.util.List;

/** The text extracted from a file, page by page (one page for files without pages). */
public record FileText(String fileId, List<Page> pages) {

  public FileText {
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  /** The text of one page, numbered from 1. */
  public record Page(int page, String text) {}
}
